import { describe, expect, it } from 'vitest';
import { validate, version } from 'uuid';
import { uuidv7Many } from './bulk-ids';

describe('uuidv7Many', () => {
  it('gives distinct, valid version-7 ids in ascending order, stamped with the time given', () => {
    const at = new Date('2026-11-23T01:02:03.456Z');
    const ids = uuidv7Many(5000, at);
    expect(new Set(ids).size).toBe(5000);
    expect(ids.every((id) => validate(id) && version(id) === 7)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(Number.parseInt(ids[0].replaceAll('-', '').slice(0, 12), 16)).toBe(at.getTime());
  });

  it('does not repeat ids across calls in the same millisecond', () => {
    const at = new Date();
    const first = uuidv7Many(100, at);
    const second = uuidv7Many(100, at);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });
});
