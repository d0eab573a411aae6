import { describe, expect, it } from 'vitest';
import { encodePgm, pgmSize } from './pgm.js';

describe('PGM', () => {
  it('writes a header Tesseract reads and reads its size back', () => {
    const pgm = encodePgm({ data: Buffer.from([0, 128, 255, 7, 8, 9]), width: 3, height: 2 });
    expect(pgm.subarray(0, 11).toString('latin1')).toBe('P5\n3 2\n255\n');
    expect(pgmSize(pgm)).toEqual({ width: 3, height: 2 });
  });

  it('refuses pixels that do not fill the size, and is not fooled by other formats or cut files', () => {
    expect(() => encodePgm({ data: Buffer.alloc(5), width: 3, height: 2 })).toThrow(/Expected 3×2 one-channel pixels, got 5 bytes/);
    expect(pgmSize(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toBeUndefined();
    expect(pgmSize(encodePgm({ data: Buffer.alloc(6), width: 3, height: 2 }).subarray(0, 14))).toBeUndefined();
  });
});
