/**
 * tesseract.js reads every language from ONE `langPath` folder, but the npm data packages each sit in
 * their own folder. This builds that folder once per process: symlinks (or copies, where links are
 * not allowed) to `@tesseract.js-data/<lang>/4.0.0_best_int/<lang>.traineddata.gz` — the LSTM-only
 * models that OEM 1 needs — under the OS temp folder. Nothing is fetched from the network.
 */
import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, readlink, rename, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { OcrError } from './engine.js';

const require = createRequire(import.meta.url);

/** Languages whose data ships as an npm dependency of docreview. */
export const BUNDLED_LANGUAGES = ['chi_sim', 'eng'] as const;

/** Where a bundled language's gzipped LSTM model lives inside node_modules. */
function sourceFile(lang: string): string {
  let pkg: string;
  try {
    pkg = require.resolve(`@tesseract.js-data/${lang}/package.json`);
  } catch (err) {
    throw new OcrError(`No OCR data for language \`${lang}\`: expected the npm package @tesseract.js-data/${lang}`, { cause: err });
  }
  return path.join(path.dirname(pkg), '4.0.0_best_int', `${lang}.traineddata.gz`);
}

/** Link `target` at `link` atomically (another process may be doing the same). */
async function placeLink(target: string, link: string): Promise<void> {
  const current = await readlink(link).catch(() => undefined);
  if (current === target) return;
  if (current === undefined && (await access(link).then(() => true, () => false))) return; // an earlier copy
  const temp = `${link}.${process.pid}.${Date.now()}.tmp`;
  try {
    await symlink(target, temp);
  } catch {
    await copyFile(target, temp); // file systems or platforms without symlinks
  }
  await rename(temp, link);
}

async function buildLangFolder(): Promise<string> {
  const sources = BUNDLED_LANGUAGES.map((lang) => [lang, sourceFile(lang)] as const);
  // One folder per node_modules location, so two checkouts never point at each other's files.
  const key = createHash('sha1').update(sources.map(([, s]) => s).join('\n')).digest('hex').slice(0, 12);
  const dir = path.join(os.tmpdir(), `docreview-tessdata-${key}`);
  try {
    await mkdir(dir, { recursive: true });
    for (const [lang, source] of sources) {
      await access(source);
      await placeLink(source, path.join(dir, `${lang}.traineddata.gz`));
    }
  } catch (err) {
    throw new OcrError(`Could not prepare the OCR language folder ${dir}`, { cause: err });
  }
  return dir;
}

/**
 * The process-wide lazily-built language folder. This promise is the OCR layer's only module-level
 * state: the folder's contents never change while the process runs, so sharing it is safe.
 */
let langFolder: Promise<string> | undefined;

/**
 * The `langPath` folder holding `<lang>.traineddata.gz` for every bundled language.
 * @example const langPath = await getLangPath(); // '/tmp/docreview-tessdata-1a2b3c4d5e6f'
 */
export function getLangPath(): Promise<string> {
  langFolder ??= buildLangFolder().catch((err: unknown) => {
    langFolder = undefined; // let a later call retry
    throw err;
  });
  return langFolder;
}

/**
 * Throw unless every language is bundled. tesseract.js 7 hangs (with an errorHandler) or crashes the
 * process (without one) when a language fails to load, so unknown codes must never reach it.
 */
export function assertLanguages(languages: readonly string[]): void {
  if (languages.length === 0) throw new OcrError('Expected at least one OCR language, got none');
  for (const lang of languages) {
    if (!(BUNDLED_LANGUAGES as readonly string[]).includes(lang)) {
      throw new OcrError(`Expected an OCR language among ${BUNDLED_LANGUAGES.join(', ')}, got \`${lang}\``);
    }
  }
}
