/** What each clause-review sample holds, clause by clause, in printed order. */
export interface ExpectedClause {
  /** The clause number as the segmenter reports it (`十二`, `12`). */
  number: string;
  title: string;
  /** `standard`, a red-flag rule id, or `unusual` (only the library can tell). */
  expect: string;
  /** Why it is labelled so (blind4 on): the kind of unusual term, or `near-miss: …` for a harsh-looking standard one. */
  note?: string;
}

export interface ClauseSampleDocument {
  file: string;
  lang: 'zh' | 'en';
  form: 'text' | 'scan';
  numbering: string;
  inlineHeadings: boolean;
  clauses: ExpectedClause[];
}

export interface ClauseSampleManifest {
  set: 'dev' | 'holdout' | 'blind2';
  documents: ClauseSampleDocument[];
}
