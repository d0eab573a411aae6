/** Shapes shared by the eighth blind clause set's wordings and its assembler. */

export type B8Category =
  | 'unilateral-change' | 'waiver' | 'cross-default' | 'above-cap' | 'penalty-high' | 'jurisdiction' | 'auto-renewal'
  | 'any-purpose' | 'enforcement' | 'land-rights' | 'data-sharing' | 'insurance' | 'salary-account' | 'upfront-fee';

/** A near-miss or unusual clause: the topic (standard clause) it stands in for, its wording and why. */
export interface B8Clause {
  topic: string;
  title: string;
  text: string;
  category?: B8Category;
  note: string;
}

/** Plain standard drafts per topic. */
export type B8Pool = Record<string, { title: string; text: string }[]>;
