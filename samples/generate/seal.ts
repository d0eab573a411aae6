import sharp from 'sharp';
import type { Lang } from './variant-types.js';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A red company seal (circle, star, name around the rim) as a transparent PNG. It is an image, as
 * on scanned and e-signed contracts, so the rim text does not enter the PDF text layer.
 */
export async function makeSeal(name: string, lang: Lang, caption: string): Promise<Buffer> {
  const size = 300;
  const c = size / 2;
  const radius = 132;
  const chars = [...(lang === 'zh' ? name : name.toUpperCase())];
  const sweep = Math.min(250, chars.length * (lang === 'zh' ? 22 : 9.5));
  const fontSize = Math.min(lang === 'zh' ? 30 : 17, ((2 * Math.PI * 110 * (sweep / 360)) / chars.length) * (lang === 'zh' ? 0.95 : 1.5));
  const family = lang === 'zh' ? 'Noto Sans CJK SC' : 'Liberation Sans';
  const glyphs = chars.map((ch, i) => {
    const angle = -sweep / 2 + (sweep * (i + 0.5)) / chars.length;
    return `<text x="${c}" y="${c - radius + fontSize + 10}" transform="rotate(${angle.toFixed(2)} ${c} ${c})" text-anchor="middle" font-family="${family}" font-size="${fontSize}" font-weight="bold" fill="#d0211c">${escapeXml(ch)}</text>`;
  });
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 38 : 15;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return `${(c + r * Math.cos(a)).toFixed(1)},${(c + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
  <circle cx="${c}" cy="${c}" r="${radius + 10}" fill="none" stroke="#d0211c" stroke-width="9"/>
  ${glyphs.join('\n  ')}
  <polygon points="${star}" fill="#d0211c"/>
  <text x="${c}" y="${c + 80}" text-anchor="middle" font-family="${family}" font-size="${lang === 'zh' ? 24 : 16}" fill="#d0211c">${escapeXml(caption)}</text>
</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, colours: 64 }).toBuffer();
}

/** A handwritten-looking signature: the name slanted, in blue ink, as a transparent PNG. */
export async function makeSignature(name: string, lang: Lang): Promise<Buffer> {
  const family = lang === 'zh' ? 'Noto Serif CJK SC' : 'Liberation Serif';
  const width = lang === 'zh' ? 60 + [...name].length * 52 : 40 + name.length * 22;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="90">
  <g transform="skewX(-14) rotate(-4 ${width / 2} 45)">
    <text x="${width / 2 + 14}" y="62" text-anchor="middle" font-family="${family}" font-style="italic" font-size="${lang === 'zh' ? 46 : 40}" fill="#1b2f8a">${escapeXml(name)}</text>
  </g>
</svg>`;
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, colours: 64 }).toBuffer();
}
