/**
 * The approved application record of a case (`application.json`, shared/contract.md), as a zod
 * schema. Money and rates stay decimal strings; account and ID numbers digits (and X) only.
 */
import { z } from 'zod';
import { DocTypeSchema } from '../model/schema.js';

const MoneyString = z.string().regex(/^\d+(?:\.\d{1,2})?$/u, 'a decimal amount like "1250000.00"');
const Digits = z.string().transform((s) => s.replace(/[\s-]/gu, '').toUpperCase()).pipe(z.string().regex(/^\d{6,30}X?$/u, 'digits only'));

export const ApplicationSchema = z.object({
  caseId: z.string().min(1),
  borrower: z.object({
    name: z.string().min(1),
    idNumber: Digits.optional(),
  }),
  loan: z.object({
    principal: MoneyString,
    currency: z.string().length(3).optional(),
    annualRatePercent: z.string().regex(/^\d+(?:\.\d+)?$/u).optional(),
    termMonths: z.number().int().positive().optional(),
    disbursementAccount: Digits.optional(),
    collateralAddress: z.string().min(1).optional(),
  }),
  requiredDocuments: z.array(DocTypeSchema.exclude(['unknown'])).default([]),
});

export type Application = z.infer<typeof ApplicationSchema>;

/**
 * Parse application.json text. Throws an Error naming the first bad field, with the zod error as cause.
 * @example parseApplication(readFileSync('case/application.json', 'utf8')).loan.principal // '1250000.00'
 */
export function parseApplication(text: string): Application {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`application.json is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = ApplicationSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`application.json: expected ${issue.path.join('.') || 'an object'} to be ${issue.message}`, { cause: parsed.error });
  }
  return parsed.data;
}
