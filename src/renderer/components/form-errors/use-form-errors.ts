import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/errors';
import { fieldKey } from '../../../shared/schemas/field-paths';
import { appErrorOf, fieldIssues, invalidFields } from '../../api/app-error';
import { describeError } from '../../i18n/describe-error';
import { issueSentence } from './field-words';

interface Options {
  /** The hub's refusal of the last save, if any. */
  error: unknown;
  /** Problems the screen found itself before sending (a zod parse of the draft, a password mismatch). */
  found?: FieldIssue[];
  /** How many times the screen tried to send; each new try scrolls to the first field it found wrong. */
  attempt?: number;
  /** The most characters each text field takes, by field key (`textLimitsOf(schema)`). */
  limits?: Record<string, number>;
  /** Where the form's fields sit in the request (`clinic` during set-up), so the hub's paths line up. */
  prefix?: string;
  /** The hub's refusal is put into words elsewhere on the form (a notice with what to do): fields are marked without repeating it. */
  explained?: boolean;
}

/** What a TextField spreads for one field: whether it is wrong and the words under it. */
export interface FieldState {
  error: boolean;
  helperText?: ReactNode;
}

export interface FormErrors {
  /** On the element that holds the form's fields: the first wrong one inside is scrolled to and focused. */
  ref: RefObject<HTMLDivElement | null>;
  /** `error` and `helperText` for a field; `value` shows a count as it nears its limit, `hint` shows when nothing is wrong. */
  check: (field: string, value?: string, hint?: ReactNode) => FieldState;
  /** For the field's `htmlInput` slot: marks it for scrolling and stops typing at the hub's limit. */
  input: (field: string) => { 'data-field': string; maxLength?: number };
}

const COUNT_FROM = 0.8;

function covers(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

/**
 * One way for every form to show what is wrong: the field is marked and says what to do, its
 * label names it in the refusal's sentence, and the first wrong field is scrolled into view and
 * focused, whether the hub refused the save or the screen caught it first.
 */
export function useFormErrors({ error, found = [], attempt = 0, limits = {}, prefix = '', explained = false }: Options): FormErrors {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement | null>(null);
  const [revealCount, setRevealCount] = useState(0);
  const full = (field: string): string => (prefix ? `${prefix}.${field}` : field);
  const issues = [...found, ...fieldIssues(error)];
  const refused = invalidFields(error);
  const app = appErrorOf(error);
  const refusal = app && app.code !== 'VALIDATION_FAILED' && !explained ? describeError(error, t) : null;

  const wrong = (field: string): boolean => issues.some((issue) => covers(issue.path, full(field))) || refused.some((path) => covers(path, full(field)));

  const check = (field: string, value?: string, hint?: ReactNode): FieldState => {
    const issue = issues.find((candidate) => covers(candidate.path, full(field)));
    if (issue) return { error: true, helperText: issueSentence(t, issue) };
    if (refused.some((path) => covers(path, full(field)))) return { error: true, helperText: explained ? hint : (refusal ?? issueSentence(t, { path: field, kind: 'invalid', limit: null })) };
    const limit = limits[fieldKey(full(field))];
    if (value !== undefined && limit !== undefined && value.length >= limit * COUNT_FROM) {
      return { error: false, helperText: t(value.length >= limit ? 'fieldCount.full' : 'fieldCount.counter', { count: value.length, limit }) };
    }
    return { error: false, helperText: hint };
  };

  const input = (field: string): { 'data-field': string; maxLength?: number } => {
    const limit = limits[fieldKey(full(field))];
    return limit === undefined ? { 'data-field': field } : { 'data-field': field, maxLength: limit };
  };

  const reveal = useCallback(() => setRevealCount((count) => count + 1), []);
  useEffect(() => {
    if (error || attempt > 0) reveal();
  }, [error, attempt, reveal]);

  const wrongRef = useRef(wrong);
  wrongRef.current = wrong;
  useEffect(() => {
    if (revealCount === 0) return;
    const fields = ref.current?.querySelectorAll<HTMLElement>('[data-field]') ?? [];
    const first = [...fields].find((element) => wrongRef.current(element.dataset.field ?? ''));
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }, [revealCount]);

  return { ref, check, input };
}
