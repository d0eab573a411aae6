/**
 * What earlier runs into the same output folder finished: an append-only journal of
 * `{ path, sha256, version, report }` lines, one per document report written. A line is appended
 * only after its report has been renamed into place, and a journalled report is still checked (there
 * and valid) before it is trusted, so the journal needs no fsync of its own: whatever a crash loses is
 * read again. A line torn by kill -9 is ignored. The last line for a path wins.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DocumentReportSchema, type DocumentReport } from '../model/schema.js';

export const STATE_DIR = '.docreview';
const JOURNAL = 'journal.jsonl';

const JournalEntrySchema = z.object({
  path: z.string(),
  sha256: z.string(),
  version: z.string(),
  report: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

/** sha256 of a file's bytes, streamed (a file over the size limit is still hashed, never loaded). */
export function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file).on('error', reject).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex')));
  });
}

export class ResumeState {
  readonly #outDir: string;
  readonly #version: string;
  readonly #entries: Map<string, JournalEntry>;
  /** Opened once, on the first record: two workers finishing together must not open it twice. */
  #journal: Promise<FileHandle> | undefined;

  private constructor(outDir: string, version: string, entries: Map<string, JournalEntry>) {
    this.#outDir = outDir;
    this.#version = version;
    this.#entries = entries;
  }

  /** Load the journal of `outDir` (none yet is fine). */
  static async load(outDir: string, version: string): Promise<ResumeState> {
    const entries = new Map<string, JournalEntry>();
    let text = '';
    try {
      text = await readFile(path.join(outDir, STATE_DIR, JOURNAL), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let parsed;
      try { parsed = JournalEntrySchema.safeParse(JSON.parse(line)); } catch { continue; } // torn last line
      if (parsed.success) entries.set(parsed.data.path, parsed.data);
    }
    return new ResumeState(outDir, version, entries);
  }

  /**
   * The report an earlier run wrote for these same bytes with this docreview version, if it is
   * still there and valid; else undefined (the file must be read again).
   */
  async findDone(relPath: string, sha256: string): Promise<{ entry: JournalEntry; report: DocumentReport } | undefined> {
    const entry = this.#entries.get(relPath);
    if (!entry || entry.sha256 !== sha256 || entry.version !== this.#version) return undefined;
    try {
      const parsed = DocumentReportSchema.safeParse(JSON.parse(await readFile(path.join(this.#outDir, entry.report), 'utf8')));
      return parsed.success ? { entry, report: parsed.data } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Record a report that is now complete on disk. */
  async recordDone(relPath: string, sha256: string, report: string): Promise<void> {
    const entry: JournalEntry = { path: relPath, sha256, version: this.#version, report };
    this.#journal ??= this.#openJournal();
    let journal: FileHandle;
    try {
      journal = await this.#journal;
    } catch (error) {
      this.#journal = undefined; // the next record tries again
      throw error;
    }
    await journal.write(`${JSON.stringify(entry)}\n`);
    this.#entries.set(relPath, entry);
  }

  async close(): Promise<void> {
    const journal = this.#journal;
    this.#journal = undefined;
    await (await journal?.catch(() => undefined))?.close();
  }

  async #openJournal(): Promise<FileHandle> {
    await mkdir(path.join(this.#outDir, STATE_DIR), { recursive: true });
    const journal = await open(path.join(this.#outDir, STATE_DIR, JOURNAL), 'a');
    // A torn line from a killed run must not swallow this one.
    await journal.write('\n');
    return journal;
  }
}
