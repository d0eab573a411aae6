/** One verdict for an address in either language: the place that does not exist and what it likely means. */
import { fullName, parseChineseAddress } from './address.js';
import { checkEnglishAddress } from './pinyin.js';

export interface PlaceProblem {
  /** The name as written. */
  written: string;
  level: string;
  didYouMean: string;
  /** Full division name of the suggestion, province first (Chinese). */
  didYouMeanFull: string;
  distance: number;
  /** Offset of the name in the address (white space removed, Chinese only). */
  start?: number;
  /** `elsewhere`: a real place, but not inside the parent the address names (`parent`: 杭州市天河区, Chaoyang District, Hangzhou). @default 'misspelt' */
  kind?: 'misspelt' | 'elsewhere';
  parent?: string;
}

/**
 * @example describeUnknownPlace('浙江省杭洲市西湖区文三路138号')?.didYouMean // '杭州市'
 */
export function describeUnknownPlace(address: string): PlaceProblem | undefined {
  if (/\p{Script=Han}/u.test(address)) {
    const unknown = parseChineseAddress(address).unknown;
    if (!unknown) return undefined;
    return {
      written: unknown.text, level: unknown.level, didYouMean: unknown.suggestion.name, didYouMeanFull: fullName(unknown.suggestion), distance: unknown.distance, start: unknown.start,
      ...(unknown.notWithin ? { kind: 'elsewhere' as const, parent: unknown.notWithin.name } : {}),
    };
  }
  const en = checkEnglishAddress(address);
  if (!en) return undefined;
  return { written: en.text, level: en.level, didYouMean: en.suggestion, didYouMeanFull: en.suggestionZh, distance: en.distance, kind: en.kind, ...(en.parentZh ? { parent: en.parentZh } : {}) };
}

/**
 * What is wrong with the place, for a finding's message.
 * @example describePlaceProblem(describeUnknownPlace('浙江省杭洲市西湖区')!) // '"杭洲市" is not a city in the division gazetteer; did you mean 杭州市?'
 */
export function describePlaceProblem(problem: PlaceProblem): string {
  return problem.kind === 'elsewhere'
    ? `"${problem.written}" is not in ${problem.parent}; the gazetteer has it as ${problem.didYouMeanFull}`
    : `"${problem.written}" is not a ${problem.level} in the division gazetteer; did you mean ${problem.didYouMean}?`;
}
