/**
 * Finding the repository's data files (clause library, review policy) from source (`src/clauses`)
 * and from the build (`dist/src/clauses`) alike.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest ancestor folder of this module holding `relative`; throws when there is none. */
export function findResource(relative: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Expected to find \`${relative}\` above ${fileURLToPath(import.meta.url)}, found none.`);
    dir = parent;
  }
}
