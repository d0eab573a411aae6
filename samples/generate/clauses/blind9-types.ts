/** Types of the ninth blind clause set (`blind9-text-{zh,en}.ts`, assembled by `blind9-contracts.ts`). */

/** One printed clause: a standard wording, or an unusual one with its category and gist. */
export interface Blind9Clause {
  /** Which slot of the contract it fills (`rate`, `dispute`, `other`…). */
  topic: string;
  title: string;
  text: string;
  expect: 'standard' | 'unusual';
  /** `<category>: <gist>` for unusual ones, `near-miss: …` for harsh-looking standard ones. */
  note?: string;
}

/** Standard wordings per topic, 1–3 each. */
export type Blind9Pool = Record<string, readonly Omit<Blind9Clause, 'topic' | 'expect'>[]>;
