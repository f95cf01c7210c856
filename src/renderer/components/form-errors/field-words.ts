import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/errors';
import { fieldKey } from '../../../shared/schemas/field-paths';
import { isKeyOf } from '../../i18n/detail-words';
import { formErrorsEn } from './translations.en';

const LABELS = formErrorsEn.fields;
type LabelKey = keyof typeof LABELS;

/** The label's key for a field path: the path itself, else its shorter and shorter ends (`clinic.tax.name` → `tax.name` → `name`). */
export function labelKeyOf(path: string): LabelKey | null {
  const segments = fieldKey(path).split('.');
  for (let start = 0; start < segments.length; start += 1) {
    const key = segments.slice(start).join('.');
    if (isKeyOf(LABELS, key)) return key;
  }
  return path === '(input)' ? '(input)' : null;
}

/** A field's name in the screen's language ("Full name", "Nama penuh"); a field with no label yet shows its path. */
export function fieldLabel(t: TFunction, path: string): string {
  const key = labelKeyOf(path);
  return key ? t(`fields.${key}` as 'fields.fullName') : path;
}

/** What is wrong, as words that follow the field's name: "at most 120 characters". */
export function issueWords(t: TFunction, issue: FieldIssue): string {
  return t(`fieldIssue.${issue.kind}`, { limit: issue.limit ?? '' });
}

/** The same words as a sentence on their own, for under the field: "At most 120 characters." */
export function issueSentence(t: TFunction, issue: FieldIssue): string {
  const words = issueWords(t, issue);
  return `${words.charAt(0).toLocaleUpperCase()}${words.slice(1)}.`;
}

/** "Full name (at most 120 characters), Date of birth (check how it is written)", for VALIDATION_FAILED's sentence. */
export function issuesInWords(t: TFunction, issues: FieldIssue[]): string {
  return issues.map((issue) => `${fieldLabel(t, issue.path)} (${issueWords(t, issue)})`).join(', ');
}
