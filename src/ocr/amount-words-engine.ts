/**
 * A single-worker tesseract.js engine with the Traditional Chinese LSTM model (`chi_tra`), for 大写
 * line crops only. chi_sim's character set has no 叁, 柒, 捌 or 仟; chi_tra's has every 大写 numeral
 * and unit (as 參 貳 陸 萬 億 圓 where the forms differ), so this engine can read any amount in words.
 * It is not a page engine: on simplified running text chi_tra reads many characters in their
 * traditional forms. Offline: the model comes from the npm package `@tesseract.js-data/chi_tra`.
 * `languages: ['chi_sim', 'chi_tra']` is accepted too, but measured no better (20 vs 19 of 80 exact).
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readlink, rename, symlink, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Worker } from 'tesseract.js';
import { startWorker, stopWorker } from './tesseract.js';
import { OcrError, toOcrError, withTimeout } from './engine.js';
import type { OcrEngine, OcrResult, PageSegmentation } from './engine.js';
import { toLines, type TesseractBlock } from './tesseract-result.js';

/** Options for `createAmountWordsEngine`. */
export interface AmountWordsEngineOptions {
  /** Limit for starting the worker and loading the model. @default 30000 */
  startTimeoutMs?: number;
  /** Limit for one recognition; on overrun the worker is terminated. @default 20000 */
  jobTimeoutMs?: number;
  /** Which model files: LSTM-only `best_int` (1.7 MB), or tessdata's `4.0.0` (27 MB; read 2/80 lines exactly vs 19/80). @default 'best_int' */
  model?: 'best_int' | 'tessdata';
}

/** The only language this engine reads. */
const LANGUAGES = ['chi_sim', 'chi_tra'] as const;
/** The default: chi_tra alone. */
export const DEFAULT_WORDS_LANGUAGES: readonly string[] = ['chi_tra'];

const require = createRequire(import.meta.url);
const PSM: Record<PageSegmentation, string> = { auto: '3', block: '6', line: '7', word: '8' };

/** A folder holding `<lang>.traineddata.gz` links into node_modules for chi_sim and chi_tra, as `langPath`. */
async function langFolder(model: 'best_int' | 'tessdata'): Promise<string> {
  const sources: [string, string][] = [];
  for (const lang of LANGUAGES) {
    try {
      const pkg = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
      const source = path.join(pkg, model === 'best_int' ? '4.0.0_best_int' : '4.0.0', `${lang}.traineddata.gz`);
      await access(source);
      sources.push([lang, source]);
    } catch (err) {
      throw new OcrError(`No OCR data for \`${lang}\`: expected the npm package @tesseract.js-data/${lang}`, { cause: err });
    }
  }
  const key = createHash('sha1').update(sources.map(([, s]) => s).join('\n')).digest('hex').slice(0, 12);
  const dir = path.join(os.tmpdir(), `docreview-tessdata-words-${key}`);
  try {
    await mkdir(dir, { recursive: true });
    for (const [lang, source] of sources) {
      const link = path.join(dir, `${lang}.traineddata.gz`);
      if ((await readlink(link).catch(() => undefined)) === source) continue;
      const temp = `${link}.${process.pid}.${Date.now()}.tmp`;
      await symlink(source, temp).catch(() => copyFile(source, temp)); // copy where links are not allowed
      await rename(temp, link); // atomic: another process may be doing the same
    }
  } catch (err) {
    throw new OcrError(`Could not prepare the OCR language folder ${dir}`, { cause: err });
  }
  return dir;
}

/**
 * Create the chi_tra line engine. It starts its worker on first use; `close()` ends it.
 * Input must be PNG or JPEG (crops from `cropAmountWordsLine` are PNG).
 * @example
 * const engine = createAmountWordsEngine();
 * const { lines } = await engine.recognize({ image: crop }, { psm: 'line', whitelist: '零壹貳參…' });
 * await engine.close();
 */
export function createAmountWordsEngine(options: AmountWordsEngineOptions = {}): OcrEngine {
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const jobTimeoutMs = options.jobTimeoutMs ?? 20_000;
  let current: { worker: Promise<Worker>; key: string } | undefined;
  let closed = false;
  let tail: Promise<unknown> = Promise.resolve();

  const discard = () => {
    const old = current;
    current = undefined;
    old?.worker.then(stopWorker, () => undefined).catch(() => undefined);
  };

  const run = async (image: Buffer, opts: Parameters<OcrEngine['recognize']>[1] = {}): Promise<OcrResult> => {
    const t0 = performance.now();
    const languages = opts.languages ?? DEFAULT_WORDS_LANGUAGES;
    if (languages.length === 0 || languages.some((l) => !(LANGUAGES as readonly string[]).includes(l))) {
      throw new OcrError(`Expected languages among ${LANGUAGES.join(', ')} for the 大写 line engine, got [${languages.join(', ')}]`);
    }
    try {
      const key = languages.join('+');
      if (current?.key !== key) {
        discard();
        const started = langFolder(options.model ?? 'best_int').then((dir) => startWorker(languages, () => undefined, dir));
        current = { worker: started, key };
        started.catch(() => { if (current?.worker === started) current = undefined; });
      }
      const started = current.worker;
      const worker = await withTimeout(started, startTimeoutMs, 'Starting the chi_tra worker', discard, opts.signal);
      const params: Record<string, string> = {
        tessedit_pageseg_mode: PSM[opts.psm ?? 'line'],
        tessedit_char_whitelist: opts.whitelist ?? '', // '' clears a whitelist left by the previous call
      };
      const job = worker.recognize(image, { ...params, ...(opts.rectangle && { rectangle: opts.rectangle }) }, { blocks: true, text: false });
      const result = await withTimeout(job, jobTimeoutMs, 'chi_tra recognition', discard, opts.signal);
      const { lines, confidence } = toLines((result.data.blocks ?? []) as unknown as TesseractBlock[]);
      const { width = 0, height = 0 } = await sharp(image).metadata();
      return { lines, confidence, width, height, ms: performance.now() - t0 };
    } catch (err) {
      discard();
      throw toOcrError(err, 'chi_tra recognition');
    }
  };

  return {
    name: 'tesseract(chi_tra)',
    recognize(input, opts) {
      if (closed) return Promise.reject(new OcrError('Expected an open OCR engine, got a closed one'));
      const job = tail.then(() => run(input.image, opts));
      tail = job.catch(() => undefined);
      return job;
    },
    async close() {
      closed = true;
      await tail;
      const old = current;
      current = undefined;
      if (old) await old.worker.then(stopWorker, () => undefined);
    },
  };
}
