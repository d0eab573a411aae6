/**
 * The standard clause library (`data/clauses/<language>.json`): clauses a bank's loan contracts
 * normally carry, each with a topic, and the TF-IDF index that finds a clause's nearest one.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { findResource } from './resources.js';
import { TfIdfIndex, enTokens, zhTokens, type Nearest } from './similarity.js';

export const StandardClauseSchema = z.object({ id: z.string().min(1), topic: z.string().min(1), text: z.string().min(1) });
export const ClauseLibraryFileSchema = z.object({ language: z.enum(['zh', 'en']), description: z.string().optional(), clauses: z.array(StandardClauseSchema).min(1) });

export type StandardClause = z.infer<typeof StandardClauseSchema>;
export type LibraryLanguage = 'zh' | 'en';

export interface NearestStandard extends Nearest { topic: string }

/** Both languages' standard clauses, indexed. */
export class ClauseLibrary {
  readonly #indexes: Record<LibraryLanguage, TfIdfIndex>;
  readonly #byId = new Map<string, StandardClause>();

  constructor(clauses: Record<LibraryLanguage, readonly StandardClause[]>) {
    for (const c of [...clauses.zh, ...clauses.en]) {
      if (this.#byId.has(c.id)) throw new Error(`Expected unique standard clause ids, got \`${c.id}\` twice.`);
      this.#byId.set(c.id, c);
    }
    this.#indexes = { zh: new TfIdfIndex(clauses.zh, zhTokens), en: new TfIdfIndex(clauses.en, enTokens) };
  }

  nearest(text: string, language: LibraryLanguage): NearestStandard {
    const found = this.#indexes[language].nearest(text);
    return { ...found, topic: this.#byId.get(found.id)?.topic ?? 'unknown' };
  }

  get(id: string): StandardClause | undefined {
    return this.#byId.get(id);
  }
}

/** Load `data/clauses/zh.json` and `en.json` (or those under `dir`). */
export function loadClauseLibrary(dir = findResource('data/clauses')): ClauseLibrary {
  const read = (language: LibraryLanguage): StandardClause[] => {
    const file = `${dir}/${language}.json`;
    const parsed = ClauseLibraryFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`The clause library ${file} is not valid: ${parsed.error.message}`, { cause: parsed.error });
    if (parsed.data.language !== language) throw new Error(`Expected ${file} to hold \`${language}\` clauses, got \`${parsed.data.language}\`.`);
    return parsed.data.clauses;
  };
  return new ClauseLibrary({ zh: read('zh'), en: read('en') });
}
