/** The `X.expected.json` written next to every sample; README.md documents it. */
export type Form = 'text-pdf' | 'scan-pdf' | 'png' | 'jpeg' | 'photo' | 'tiff' | 'webp' | 'exif-rotated';
export type DocType = 'loan_contract' | 'pay_slip' | 'bank_statement';

export interface ExpectedPage {
  printedNumber?: number;
  printedTotal?: number;
}

export interface ExpectedTransaction {
  date: string;
  description: string;
  /** Signed: "-120.50" for money out. */
  amount: string;
  balance: string;
}

export interface Expected {
  id: string;
  docType: DocType;
  language: 'zh' | 'en';
  form: Form;
  pageCount: number;
  pages: ExpectedPage[];
  fields: Record<string, string | number>;
  transactions?: ExpectedTransaction[];
  /** What the generator chose, for people debugging a failure: font, layout, footer… */
  generator: Record<string, string | number | boolean>;
}

/** What a layout renders: the text PDF plus everything its expected file needs. */
export interface RenderedDoc {
  pdf: Buffer;
  pageCount: number;
  pages: ExpectedPage[];
  fields: Record<string, string | number>;
  transactions?: ExpectedTransaction[];
  generator: Record<string, string | number | boolean>;
}

export interface BadExpected {
  id: string;
  expectError: 'EMPTY_FILE' | 'UNSUPPORTED_TYPE' | 'CORRUPT_FILE' | 'ENCRYPTED' | 'TOO_LARGE' | null;
  mislabelled?: boolean;
  note: string;
}

export interface ManifestEntry {
  id: string;
  set: 'dev' | 'holdout' | 'bad';
  docType?: DocType;
  language?: 'zh' | 'en';
  form?: Form;
  file: string;
  expected: string;
  expectError?: string | null;
}
