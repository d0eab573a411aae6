/**
 * Document language from the script of its text: Chinese (Han characters), English (Latin
 * letters), or mixed when both carry content.
 */
import type { Language } from '../model/schema.js';

/** Han characters weigh more than letters: one hanzi carries about a word. */
const HAN_WEIGHT = 2.5;
const MIXED_SHARE = 0.3;

export function detectLanguage(text: string): Language {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const hanScore = han * HAN_WEIGHT;
  const total = hanScore + latin;
  if (total === 0) return 'en';
  const hanShare = hanScore / total;
  if (hanShare >= 1 - MIXED_SHARE) return 'zh';
  if (hanShare <= MIXED_SHARE) return 'en';
  return 'mixed';
}
