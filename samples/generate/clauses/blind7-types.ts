/** Shapes shared by the seventh blind clause set's wordings and its assembler. */

/** What kind of term an unusual clause is, for the contents list and the manifest note. */
export type Blind7Category =
  | 'fees-costs' | 'rate' | 'default-acceleration' | 'security-guarantee' | 'setoff-accounts' | 'waiver'
  | 'dispute' | 'assignment' | 'data-consent' | 'insurance' | 'prepayment' | 'currency' | 'enforcement' | 'other';

/** A clause written for blind7: its topic (where it sits in a contract), title, text and, for non-plain ones, why. */
export interface Blind7Clause {
  topic: string;
  title: string;
  text: string;
  /** Unusual clauses only: the kind of term. */
  category?: Blind7Category;
  /** One-line gist: the unusual term, or `near-miss: …` for a harsh-looking standard clause. */
  note: string;
}

/** Plain standard drafts per topic. */
export type Blind7Pool = Record<string, { title: string; text: string }[]>;
