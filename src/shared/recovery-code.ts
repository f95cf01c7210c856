/**
 * The recovery code is the store key itself, written for people: 32 bytes plus a 2-byte
 * checksum in Crockford base32 (no I, L, O, U), in groups of five. Typing mistakes are
 * caught by the checksum before anything touches the store.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const KEY_BYTES = 32;

export function keyToRecoveryCode(key: Uint8Array): string {
  if (key.length !== KEY_BYTES) throw new Error('store key must be 32 bytes');
  const payload = new Uint8Array(KEY_BYTES + 2);
  payload.set(key);
  const check = checksum(key);
  payload[KEY_BYTES] = check >> 8;
  payload[KEY_BYTES + 1] = check & 0xff;
  return (base32Encode(payload).match(/.{1,5}/g) ?? []).join('-');
}

/** Returns the key, or null when the code is malformed or its checksum does not match. */
export function recoveryCodeToKey(code: string): Uint8Array | null {
  const normalised = code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const payload = base32Decode(normalised);
  if (!payload || payload.length !== KEY_BYTES + 2) return null;
  const key = payload.slice(0, KEY_BYTES);
  const check = (payload[KEY_BYTES] << 8) | payload[KEY_BYTES + 1];
  return check === checksum(key) ? key : null;
}

/** CRC-16/CCITT: catches every single-character typo and swapped neighbours. */
function checksum(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function base32Decode(text: string): Uint8Array | null {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}
