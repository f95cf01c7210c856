import { describe, expect, it } from 'vitest';
import { keyToRecoveryCode, recoveryCodeToKey } from './recovery-code';

const key = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);

describe('recovery code', () => {
  it('round-trips the key, forgiving case, spaces, and O/I/L read as 0/1', () => {
    const code = keyToRecoveryCode(key);
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){10}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(recoveryCodeToKey(code)).toEqual(key);
    expect(recoveryCodeToKey(code.toLowerCase().replaceAll('-', ' '))).toEqual(key);
    expect(recoveryCodeToKey(code.replaceAll('0', 'O').replaceAll('1', 'l'))).toEqual(key);
  });

  it('rejects every single-character typo and a swap of neighbours', () => {
    const code = keyToRecoveryCode(key).replaceAll('-', '');
    for (let i = 0; i < code.length; i++) {
      const typo = code.slice(0, i) + (code[i] === 'Z' ? 'Y' : 'Z') + code.slice(i + 1);
      // The last character carries padding bits only in part; a change there may still decode, but never to this key.
      const decoded = recoveryCodeToKey(typo);
      if (decoded) expect(decoded).not.toEqual(key);
    }
    const swapped = code[1] + code[0] + code.slice(2);
    if (code[0] !== code[1]) expect(recoveryCodeToKey(swapped)).toBeNull();
  });

  it('rejects codes of the wrong length or alphabet', () => {
    expect(recoveryCodeToKey('')).toBeNull();
    expect(recoveryCodeToKey('ABCDE-FGHJK')).toBeNull();
    expect(recoveryCodeToKey(`${keyToRecoveryCode(key)}-00000`)).toBeNull();
    expect(recoveryCodeToKey(keyToRecoveryCode(key).replace(/^./, 'U'))).toBeNull();
  });
});
