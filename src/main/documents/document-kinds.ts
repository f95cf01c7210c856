import { randomInt } from 'node:crypto';
import { humanNumber } from '../store/sequences';

/**
 * A kind of document the clinic issues, as its module declares it: a key, stored with every
 * document of the kind, and how its serial numbers look. Each kind counts in its own sequence
 * (store/sequences.ts), so MCs and referral letters are numbered apart and without gaps.
 */
export interface DocumentKind {
  /** 'medical-certificate', 'referral-letter', 'prescription' … */
  key: string;
  serial: SerialFormat;
}

export interface SerialFormat {
  /** Distinct per kind: serials are unique across the archive. */
  prefix: string;
  /** The number is padded to this many digits: MC-2026-00412. */
  digits: number;
  /**
   * Numbering starts again on 1 January (in the clinic's time zone), and the year is part of the
   * serial: MC-2026-00412. Without it one series runs on for ever: RX-0001234.
   */
  perYear: boolean;
}

/** The sequence a kind's serials are taken from: `doc:<key>`, and `doc:<key>:<year>` for yearly numbering. */
export function serialSequence(kind: DocumentKind, year: string): string {
  return kind.serial.perYear ? `doc:${kind.key}:${year}` : `doc:${kind.key}`;
}

export function formatSerial(kind: DocumentKind, year: string, value: number): string {
  return humanNumber(kind.serial.perYear ? `${kind.serial.prefix}-${year}` : kind.serial.prefix, value, kind.serial.digits);
}

/** Crockford's base 32: no I, L, O or U, so a code read out over the phone is not misheard or mistyped. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 8;

/**
 * A random code printed beside the serial (40 bits): who holds the paper can quote it, and the
 * clinic confirms that this serial was issued with this code — without saying anything of what
 * the document says (an employer checking an MC learns nothing of the diagnosis).
 */
export function newVerificationCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** XXXX-XXXX, as printed. */
export function printedCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A code as typed or read out: any case, with or without the hyphen or spaces, O for 0 and I or L for 1. */
export function normalisedCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** What the serial box's QR code holds: the serial and code, for a scanner at the clinic's desk to look up. */
export function verificationQr(serial: string, code: string): string {
  return `CLINICDESK:DOC:${serial}:${code}`;
}
