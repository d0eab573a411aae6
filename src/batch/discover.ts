/**
 * IN_DIR → cases. Each sub-folder is a case (all files below it, with its `application.json`); each
 * loose file is a case of its own. Every regular file is listed: nothing is silently left out,
 * except the output folder when it sits inside the input folder.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const APPLICATION_FILE = 'application.json';

export interface BatchInputFile {
  /** Absolute path. */
  absPath: string;
  /** Relative to the input folder, `/`-separated: the file's stable name in the summary. */
  relPath: string;
}

export interface BatchCaseInput {
  caseId: string;
  /** Relative folder, absent for a loose file. */
  dir?: string;
  documents: BatchInputFile[];
  application?: BatchInputFile;
}

/**
 * List the cases under `inDir`, sorted by path so runs over the same folder list them identically.
 * @example const cases = await discoverCases('/data/uploads', { exclude: ['/data/uploads/out'] });
 */
export async function discoverCases(inDir: string, options: { exclude?: string[] } = {}): Promise<BatchCaseInput[]> {
  const root = await realpath(inDir);
  const exclude = new Set(await Promise.all((options.exclude ?? []).map((p) => realpath(p).catch(() => path.resolve(p)))));
  const cases: BatchCaseInput[] = [];
  for (const name of (await readdir(root)).sort()) {
    const abs = path.join(root, name);
    const kind = await kindOf(abs);
    if (kind === 'dir') {
      if (exclude.has(await realpath(abs))) continue;
      const files = await listFiles(root, abs, exclude, new Set([await realpath(abs)]));
      const application = files.find((f) => f.relPath.toLowerCase() === `${name}/${APPLICATION_FILE}`.toLowerCase());
      cases.push({ caseId: name, dir: name, documents: files.filter((f) => f !== application), ...(application ? { application } : {}) });
    } else if (kind === 'file') {
      cases.push({ caseId: name, documents: [{ absPath: abs, relPath: name }] });
    }
  }
  return cases;
}

async function kindOf(abs: string): Promise<'dir' | 'file' | 'other'> {
  try {
    const s = await stat(abs); // follows symbolic links
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    return 'other'; // a dangling link: nothing to read
  }
}

async function listFiles(root: string, dir: string, exclude: Set<string>, seen: Set<string>): Promise<BatchInputFile[]> {
  const out: BatchInputFile[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const abs = path.join(dir, name);
    const kind = await kindOf(abs);
    if (kind === 'file') out.push({ absPath: abs, relPath: path.relative(root, abs).split(path.sep).join('/') });
    else if (kind === 'dir') {
      const real = await realpath(abs);
      if (seen.has(real) || exclude.has(real)) continue; // link loops and the output folder
      seen.add(real);
      out.push(...await listFiles(root, abs, exclude, seen));
    }
  }
  return out;
}
