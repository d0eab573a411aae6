import { describe, it, expect } from 'vitest';
import {
  extractDigits,
  isValidResidentId,
  isValidUscc,
  luhnValid,
  parseAccountNumber,
  repairDigits,
  residentIdCheckChar,
} from './account.js';
import { createRandom } from './test-random.js';

describe('extractDigits', () => {
  it('keeps digits and a final X', () => {
    expect(extractDigits('6222 0212-3456 7890 123')).toBe('6222021234567890123');
    expect(extractDigits('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(extractDigits('No. 123X45')).toBe('12345');
    expect(extractDigits('')).toBe('');
  });
});

describe('luhnValid', () => {
  it('accepts valid and refuses altered numbers', () => {
    expect(luhnValid('6222021234567890128')).toBe(true);
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('6222021234567890123')).toBe(false);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('4111 1111 1111 1111')).toBe(false);
  });

  it('catches every single-digit error on random numbers', () => {
    const rnd = createRandom(5);
    for (let i = 0; i < 200; i++) {
      let body = '62';
      while (body.length < 18) body += rnd.int(10);
      const check = [...'0123456789'].find((d) => luhnValid(body + d))!;
      const valid = body + check;
      const pos = rnd.int(19);
      const wrong = String((+valid[pos]! + 1 + rnd.int(9)) % 10);
      expect(luhnValid(valid.slice(0, pos) + wrong + valid.slice(pos + 1))).toBe(false);
    }
  });
});

describe('resident ID (GB 11643)', () => {
  it('computes the check character, X for 10', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X'); // the standard's own example
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(() => residentIdCheckChar('1101051949123100')).toThrow('Expected 17 digits');
  });

  it('validates check character and birth date', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('440524188001010014')).toBe(false); // born 1880
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('330106198502302312')).toBe(false); // 30 February
    expect(isValidResidentId('11010519491231002')).toBe(false);
    expect(isValidResidentId('11010519491231002XX')).toBe(false);
    expect(isValidResidentId('010105194912310020')).toBe(false);
  });

  it('knows leap-day birthdays', () => {
    const leap = '11010520000229123';
    expect(isValidResidentId(leap + residentIdCheckChar(leap))).toBe(true);
    const notLeap = '11010519000229123';
    expect(isValidResidentId(notLeap + residentIdCheckChar(notLeap))).toBe(false);
  });

  it('the sample ID in contract.md does not pass its checksum', () => {
    // 330106198503152318: the check character of 33010619850315231 is 0, not 8
    expect(residentIdCheckChar('33010619850315231')).toBe('0');
    expect(isValidResidentId('330106198503152318')).toBe(false);
  });
});

describe('unified social credit code (GB 32100)', () => {
  it('accepts published codes', () => {
    for (const code of ['91350100M000100Y43', '911000001000013428', '91110000802100433B', '91330100799655058B']) {
      expect(isValidUscc(code)).toBe(true);
    }
    expect(isValidUscc('91350100m000100y43')).toBe(true);
  });

  it('refuses wrong check characters, forbidden letters and wrong lengths', () => {
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('91350100O000100Y43')).toBe(false); // O is not in the alphabet
    expect(isValidUscc('91350100M0001O0Y43')).toBe(false);
    expect(isValidUscc('91350100M000100Y43'.replace('M', 'N'))).toBe(false);
  });
});

describe('parseAccountNumber', () => {
  it('reads grouped numbers and checks Luhn for card lengths only', () => {
    expect(parseAccountNumber('6222 0212 3456 7890 128')).toEqual({ value: '6222021234567890128', luhn: true, ocrFixed: false });
    expect(parseAccountNumber('6222-0212-3456-7890-123')).toEqual({ value: '6222021234567890123', luhn: false, ocrFixed: false });
    expect(parseAccountNumber('１２３４５６７８９０１２')).toEqual({ value: '123456789012', luhn: null, ocrFixed: false });
  });

  it('reads O and I/l as digits inside the number', () => {
    expect(parseAccountNumber('6222-O212-3456-789O-128')).toEqual({ value: '6222021234567890128', luhn: true, ocrFixed: true });
    expect(parseAccountNumber('6222 02l2 3456 7890 I28')?.value).toBe('6222021234567890128');
  });

  it.each([['6222 0212 3456 789A 128'], ['账号 6222021234567890128'], ['1234567'], ['1'.repeat(33)], ['6222--0212'], ['OOOO'], ['']])(
    '%j → null',
    (raw) => {
      expect(parseAccountNumber(raw)).toBeNull();
    },
  );
});

describe('repairDigits', () => {
  it('returns a valid number unchanged', () => {
    expect(repairDigits('6222 0212 3456 7890 128', luhnValid)).toEqual({ value: '6222021234567890128', changes: [] });
    expect(repairDigits('11010519491231002x', isValidResidentId)).toEqual({ value: '11010519491231002X', changes: [] });
  });

  it('replaces look-alike letters when the checksum then passes', () => {
    expect(repairDigits('62220212345678901Z8', luhnValid)).toEqual({
      value: '6222021234567890128',
      changes: [{ index: 17, from: 'Z', to: '2' }],
    });
    expect(repairDigits('11O10519491231002X', isValidResidentId)?.value).toBe('11010519491231002X');
  });

  it('fixes one look-alike digit only when exactly one candidate validates', () => {
    // 11010519491231002X with month 12 read as 72: 7 → 1 is the only look-alike fix that passes
    // MOD 11-2 and gives a real birth date
    expect(repairDigits('11010519497231002X', isValidResidentId)).toEqual({
      value: '11010519491231002X',
      changes: [{ index: 10, from: '7', to: '1' }],
    });
    // the same slip in the sequence number leaves several candidates → refused
    expect(repairDigits('11010519491231007X', isValidResidentId)).toBeNull();
    // Luhn: 6222021234567890123 fails; several look-alike substitutions pass → refused
    expect(repairDigits('6222021234567890123', luhnValid)).toBeNull();
  });

  it('across random resident IDs: never returns an invalid value, and a returned single fix is the only one', () => {
    const rnd = createRandom(11);
    let repaired = 0;
    for (let i = 0; i < 300; i++) {
      const first17 = `110105${1950 + rnd.int(60)}0${1 + rnd.int(9)}1${rnd.int(9)}${String(rnd.int(1000)).padStart(3, '0')}`;
      const id = first17 + residentIdCheckChar(first17);
      const pos = rnd.int(17);
      const lookalike = { '0': '8', '1': '7', '3': '8', '5': '6', '6': '5', '7': '1', '8': '3', '9': '8', '2': '7', '4': '1' }[id[pos]!]!;
      const broken = id.slice(0, pos) + lookalike + id.slice(pos + 1);
      const r = repairDigits(broken, isValidResidentId);
      if (r === null) continue;
      expect(isValidResidentId(r.value)).toBe(true);
      expect(r.changes).toHaveLength(1);
      if (r.value === id) repaired++;
    }
    expect(repaired).toBeGreaterThan(0);
  });

  it('refuses letters it does not know', () => {
    expect(repairDigits('62220212345678901#8', luhnValid)).toBeNull();
    expect(repairDigits('6222021234567890K28', luhnValid)).toBeNull();
  });
});
