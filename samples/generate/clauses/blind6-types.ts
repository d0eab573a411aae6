/** Shapes shared by the sixth blind clause set's wordings and its assembler. */

/** A clause as written for blind6: its topic (where it sits in a contract), title, text and, for non-plain ones, why. */
export interface Blind6Clause {
  topic: string;
  title: string;
  text: string;
  /** `near-miss: …` for a harsh-looking standard clause, the kind of term for an unusual one. */
  note?: string;
}

/** Standard drafts per topic. */
export type Blind6Pool = Record<string, { title: string; text: string }[]>;
