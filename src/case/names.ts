/**
 * NAME_MISMATCH: the borrower (contract), account holder (statement), employee (pay slip) and the
 * application's borrower are one person. Names in different scripts (张伟 / Zhang Wei) are not
 * compared; English names match in any order of their parts (ZHANG Wei = Wei Zhang). The
 * borrower's ID number against the application is checked here too (identity): ID_MISMATCH.
 */
import type { Field } from '../model/schema.js';
import { caseFinding, chosenOf, fromApplication, reliable, where, type CaseCheck, type Located } from './case-check.js';

const PEOPLE = [['borrowerName', 'loan_contract'], ['accountHolder', 'bank_statement'], ['employeeName', 'pay_slip']] as const;

export const han = (s: string) => /\p{Script=Han}/u.test(s);

/** What a name comparison reads of a field: its value and, for English names, the display form. */
export type NameLike = Pick<Field, 'value' | 'evidence'>;

/** Common Chinese surnames (single and double): a Chinese "name" starting with none of them is more likely a misread label than a person. */
const SURNAMES = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'], );
const DOUBLE_SURNAMES = /^(?:欧阳|诸葛|司马|上官|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|夏侯|端木|司徒)/u;

/**
 * A value that can stand for a person: Chinese with a known surname and 2–4 characters, or Latin
 * letters in two parts at least (ZHANG Wei), or in one run that shows the space lost between them
 * (ZHANGWei, WeiZhang). A single plain word (Dept, RMB, Staff) is a label misread as the name.
 */
function plausibleName(field: Field): boolean {
  const value = String(field.value);
  if (!han(value)) {
    const display = typeof field.evidence?.display === 'string' ? field.evidence.display.trim() : value;
    if (!/^[A-Za-z][A-Za-z'’.\- ]{1,60}$/u.test(display)) return false;
    return /\s/u.test(display) || /[a-z][A-Z]|[A-Z]{2,}[a-z]/u.test(display);
  }
  const s = value.replace(/[·•\s]/gu, '');
  return s.length >= 2 && s.length <= 4 && (SURNAMES.has(s[0]!) || DOUBLE_SURNAMES.test(s));
}

/** Parts of a name, lower case, sorted: order-free comparison of English names. */
function nameKey(field: NameLike): string {
  const display = typeof field.evidence?.display === 'string' ? field.evidence.display : String(field.value);
  if (han(display)) return display.replace(/[\s·•.]/gu, '');
  const parts = display.replace(/^(?:mr|ms|mrs|dr)\.?\s+/iu, '').toLowerCase().split(/[\s,]+/u).filter(Boolean);
  return parts.length > 1 ? parts.sort().join(' ') : parts.join('');
}

/** One person: Chinese names as written, English ones in any order of their parts, initials with a stop, lost spaces. */
export function sameName(a: NameLike, b: NameLike): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (x === y) return true;
  if (initialsAgree(x, y)) return true;
  // Spaces lost upstream ("ZHANGWei"): accept a rotation of the same letters.
  const [p, q] = [x.replace(/\s/gu, ''), y.replace(/\s/gu, '')];
  return p.length === q.length && (p + p).includes(q);
}

/**
 * A given name abbreviated with a full stop (L. Zhu) stands for any name of that letter (Li Zhu);
 * a bare letter without the stop (L Zhu) is a name as written, and differs.
 */
function initialsAgree(x: string, y: string): boolean {
  const [p, q] = [x.split(' '), y.split(' ')];
  if (p.length !== q.length || p.length < 2 || ![...p, ...q].some((w) => /^[a-z]\.$/u.test(w))) return false;
  const full = (parts: string[]) => parts.filter((w) => !/^[a-z]\.$/u.test(w));
  const initials = (parts: string[]) => parts.filter((w) => /^[a-z]\.$/u.test(w)).map((w) => w[0]);
  // Every full part of the shorter spelling is in the other; each initial opens one of the other's remaining parts.
  const [short, long] = full(p).length <= full(q).length ? [p, q] : [q, p];
  const rest = [...long];
  for (const w of full(short)) {
    const i = rest.indexOf(w);
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return initials(short).every((c) => { const i = rest.findIndex((w) => w[0] === c); if (i < 0) return false; rest.splice(i, 1); return true; });
}

/** Latin letters OCR takes for one another (one glyph each side, or a pair read as one letter). */
const LOOK_ALIKE: readonly (readonly [string, string])[] = [['q', 'g'], ['g', '9'], ['l', 'i'], ['l', '1'], ['i', '1'], ['o', '0'], ['e', 'c'], ['u', 'v'], ['n', 'h'], ['s', '5'], ['b', '8'], ['z', '2'], ['rn', 'm'], ['cl', 'd'], ['vv', 'w'], ['ii', 'u']];

/**
 * The single look-alike substitution ("q→g") that turns the reference's letters, in some order of
 * its parts, into the letters read; undefined when the names differ in any other way.
 */
function ocrConfusion(read: Field, reference: Field): string | undefined {
  const got = nameKey(read).replace(/\s/gu, '');
  const want = nameKey(reference).replace(/\s/gu, '');
  // Rotations: the parts in another order with the space lost (ZhigiangLuo against Luo Zhiqiang).
  for (let r = 0; r < want.length; r++) {
    const rotated = want.slice(r) + want.slice(0, r);
    for (const [a, b] of LOOK_ALIKE) for (const [x, y] of [[a, b], [b, a]] as const) {
      for (let i = rotated.indexOf(x); i >= 0; i = rotated.indexOf(x, i + 1)) {
        if (rotated.slice(0, i) + y + rotated.slice(i + x.length) === got) return `${x}→${y}`;
      }
    }
  }
  return undefined;
}

export const names: CaseCheck = {
  id: 'names',
  run: (ctx, { findings, notCompared }) => {
    const people: Located[] = PEOPLE.flatMap(([name, type]) => chosenOf(ctx, name, type));
    const applicant = ctx.application ? fromApplication('borrower.name', ctx.application.borrower.name) : undefined;
    const usable = (x: Located) => reliable(x) && plausibleName(x.field);
    const trusted = people.filter(usable);
    for (const p of people.filter((x) => !usable(x))) notCompared.push(`${p.name} "${p.field.value}" in ${p.document?.fileName}: ${reliable(p) ? 'does not look like a person\'s name (misread label?)' : `read by OCR with confidence ${p.field.confidence}`}, not compared.`);
    const reference = applicant ?? trusted[0];
    if (reference) {
      for (const p of trusted) {
        if (p === reference) continue;
        if (han(String(p.field.value)) !== han(String(reference.field.value))) { notCompared.push(`${p.name} "${p.field.value}" and ${reference.name} "${reference.field.value}" are in different scripts, not compared.`); continue; }
        if (sameName(p.field, reference.field)) continue;
        const confusion = p.field.source === 'ocr' && !han(String(p.field.value)) ? ocrConfusion(p.field, reference.field) : undefined;
        if (confusion) {
          // One look-alike glyph on a scan (q read as g) is how OCR misreads a name, not how a name is changed:
          // shown for a person to compare with the image, not a blocking mismatch.
          findings.push({ ...caseFinding('LOW_OCR_CONFIDENCE', `The ${label(p.name)} reads "${p.field.value}" on the scan ${p.document?.fileName} and "${reference.field.value}" in ${reference.document?.fileName ?? 'the approved application'}: they differ only by ${confusion}, a common OCR misreading; check the name on the image.`, p,
            { field: p.name, likelyOcr: true, confusion, compared: [where(p), where(reference)] }), severity: 'medium' });
          continue;
        }
        findings.push(caseFinding('NAME_MISMATCH', `The ${label(p.name)} is "${p.field.value}" in ${p.document?.fileName} but "${reference.field.value}" in ${reference.document?.fileName ?? 'the approved application'}.`, p,
          { field: p.name, compared: [where(p), where(reference)] }));
      }
    }
    const id = ctx.application?.borrower.idNumber;
    if (!id) return;
    const ids = chosenOf(ctx, 'borrowerIdNumber', 'loan_contract');
    if (ids.length === 0) { notCompared.push(`Borrower ID number: not found in the contract, so not compared with the application.`); return; }
    for (const x of ids.filter(reliable)) {
      if (String(x.field.value).toUpperCase() === id) continue;
      findings.push(caseFinding('ID_MISMATCH', `The borrower's ID number is ${x.field.value} in ${x.document?.fileName} but ${id} in the approved application.`, x,
        { field: 'borrowerIdNumber', compared: [where(x), where(fromApplication('borrower.idNumber', id))] }));
    }
  },
};

function label(field: string): string {
  return field === 'borrowerName' ? 'borrower' : field === 'accountHolder' ? 'account holder' : 'employee';
}
