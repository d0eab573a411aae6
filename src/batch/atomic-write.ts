/**
 * Files that are either absent or complete: write to a temporary name beside the target, fsync,
 * rename over the target. A kill -9 at any moment leaves at worst a `*.tmp-*` file, which
 * `removeTempFiles` clears on the next run. The folder is not fsynced: after a power cut a rename may
 * be lost (the old file or none remains), never half a file, and the resume logic re-reads a file
 * whose report is missing.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const TEMP_MARK = '.tmp-';

/** Folders this process has made (or found) already. */
const madeDirs = new Set<string>();

/**
 * Write `data` to `file` atomically (its data fsynced before the rename).
 * @example await writeFileAtomic('out/summary.json', JSON.stringify(summary));
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  // A batch writes thousands of reports into a few folders: each is made once, and again only
  // when it has gone missing since.
  if (!madeDirs.has(dir)) {
    await mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const temp = `${file}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await open(temp, 'w').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(dir, { recursive: true });
    return open(temp, 'w');
  });
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, file);
}

/** `writeFileAtomic` of pretty-printed JSON with a final newline. */
export function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Delete temporary files a killed run left under `dir` (recursively). Returns how many. */
export async function removeTempFiles(dir: string): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isFile() && entry.name.includes(TEMP_MARK)) {
      await rm(path.join(entry.parentPath, entry.name), { force: true });
      removed++;
    }
  }
  return removed;
}
