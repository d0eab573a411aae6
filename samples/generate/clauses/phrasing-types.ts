/** A clause as the sample generator prints it: a title and one paragraph of text. */
export interface Phrasing {
  /** The library topic a reader would file it under (amount, rate, security, dispute, …). */
  topic: string;
  title: string;
  text: string;
}

/** A clause a person should read before money goes out. */
export interface UnusualPhrasing {
  /** The red-flag rule id a reader would name, or `unusual` for a clause only the library can tell apart. */
  expect: string;
  title: string;
  text: string;
}
