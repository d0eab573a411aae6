import sharp from 'sharp';
import type { Form, RenderedDoc } from './expected.js';
import type { Rng } from './prng.js';
import { imagesToPdf, photoPage, randomScanOptions, rasterise, scanPage } from './scan.js';

export interface FormOutput {
  bytes: Buffer;
  ext: string;
  /** Physical pages in the output file. */
  pageCount: number;
}

const FORM_EXT: Record<Form, string> = {
  'text-pdf': 'pdf', 'scan-pdf': 'pdf', png: 'png', jpeg: 'jpg', photo: 'jpg', tiff: 'tiff', webp: 'webp', 'exif-rotated': 'jpg',
};

export function extensionOf(form: Form): string {
  return FORM_EXT[form];
}

/** Turns a rendered text PDF into the requested form. */
export async function produceForm(doc: RenderedDoc, form: Form, rng: Rng, creationDate: Date): Promise<FormOutput> {
  const ext = FORM_EXT[form];
  switch (form) {
    case 'text-pdf':
      return { bytes: doc.pdf, ext, pageCount: doc.pageCount };
    case 'scan-pdf': {
      const dpi = rng.pick([200, 200, 240, 300]);
      const options = randomScanOptions(rng);
      const pages = rasterise(doc.pdf, dpi, { gray: !options.color });
      const jpegs: Buffer[] = [];
      for (const page of pages) jpegs.push(await scanPage(page, rng, { ...options, angle: options.angle + (rng.next() - 0.5) * 0.4 }));
      const producer = rng.pick(['Canon iR-ADV C5535 PDF', 'RICOH MP C3004', 'Fujitsu fi-7160 PaperStream', 'HP ScanJet Pro']);
      return { bytes: await imagesToPdf(jpegs, creationDate, producer), ext, pageCount: pages.length };
    }
    case 'png': {
      const [page] = rasterise(doc.pdf, rng.pick([150, 170]), { gray: true });
      const bytes = await sharp(page as Buffer).greyscale().png({ palette: true, colours: 16, compressionLevel: 9 }).toBuffer();
      return { bytes, ext, pageCount: 1 };
    }
    case 'jpeg': {
      const [page] = rasterise(doc.pdf, 200, { gray: rng.chance(0.5) });
      const options = randomScanOptions(rng);
      return { bytes: await scanPage(page as Buffer, rng, { ...options, color: options.color }), ext, pageCount: 1 };
    }
    case 'webp': {
      const [page] = rasterise(doc.pdf, 200);
      const scanned = await scanPage(page as Buffer, rng, { ...randomScanOptions(rng), color: true, quality: 92 });
      return { bytes: await sharp(scanned).webp({ quality: rng.int(60, 80) }).toBuffer(), ext, pageCount: 1 };
    }
    case 'photo': {
      const [page] = rasterise(doc.pdf, rng.pick([150, 165, 180]));
      return { bytes: await photoPage(page as Buffer, rng), ext, pageCount: 1 };
    }
    case 'exif-rotated': {
      const [page] = rasterise(doc.pdf, 200, { gray: true });
      const upright = await scanPage(page as Buffer, rng, { ...randomScanOptions(rng), color: false, quality: 90 });
      // Pixels stored turned 90° clockwise; EXIF Orientation 8 tells viewers to turn them back.
      const bytes = await sharp(upright).rotate(90).withMetadata({ orientation: 8 }).jpeg({ quality: rng.int(65, 80) }).toBuffer();
      return { bytes, ext, pageCount: 1 };
    }
    case 'tiff': {
      const pages = rasterise(doc.pdf, 200, { gray: true });
      const scanned: Buffer[] = [];
      const options = randomScanOptions(rng);
      for (const page of pages) {
        const jpeg = await scanPage(page, rng, { ...options, color: false, noise: 2, quality: 92 });
        scanned.push(await sharp(jpeg).threshold(150).png().toBuffer());
      }
      const bytes = await (scanned.length > 1 ? sharp(scanned, { join: { animated: true } }) : sharp(scanned[0] as Buffer))
        .toColourspace('b-w')
        .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 200 / 25.4, yres: 200 / 25.4 })
        .toBuffer();
      return { bytes, ext, pageCount: pages.length };
    }
  }
}
