import { describe, expect, it } from 'vitest';
import { procedures } from '../../../../tests/support/router-procedures';
import { fieldPathsOf } from '../../../shared/schemas/field-paths';
import { en, ms } from '../../i18n/resources';
import { labelKeyOf } from './field-words';

/**
 * Built from the router, like permissions.test.ts: every field any procedure's input can be
 * refused for has a name in English and Malay, so no screen ever says "fullName" or "admin.username".
 */
const fields = [...new Set(procedures.flatMap((procedure) => procedure.inputs.flatMap((input) => fieldPathsOf(input))))].filter((path) => path !== '');

describe('every field the hub can refuse has a label', () => {
  it('finds the fields of the inputs (the walk reaches nested objects and lists)', () => {
    expect(fields).toEqual(expect.arrayContaining(['fullName', 'admin.username', 'allergies.allergen', 'pairingCode', 'query', 'clinic.tax.rateBasisPoints']));
  });

  it.each(fields.map((path) => [path]))('%s', (path) => {
    const key = labelKeyOf(path);
    expect(key, `no label for ${path}`).not.toBeNull();
    if (!key) return;
    expect(en.fields[key]).toMatch(/\S/);
    expect(ms.fields[key]).toMatch(/\S/);
  });

  it('names a nested field by its own label before a shorter one', () => {
    expect(labelKeyOf('clinic.tax.name')).toBe('tax.name');
    expect(labelKeyOf('allergies.3.allergen')).toBe('allergies.allergen');
    expect(labelKeyOf('admin.username')).toBe('admin.username');
  });
});
