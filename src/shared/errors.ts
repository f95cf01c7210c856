/**
 * Every failure the API reports carries one of these codes and a details object.
 * Domain code never holds user-facing sentences: the renderer turns codes into words
 * (see src/renderer/i18n) in the user's language.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_SIGNED_IN',
  'SESSION_LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'STORE_NOT_OPEN',
  'SETUP_ALREADY_DONE',
  'SETUP_NOT_ALLOWED',
  'SETUP_ONLY_ON_HUB_PC',
  'RECOVERY_CODE_INVALID',
  'RECOVERY_CODE_WRONG',
  'KEYCHAIN_UNAVAILABLE',
  'LOGIN_FAILED',
  'SIGN_IN_TOO_MANY_TRIES',
  'ACCOUNT_DISABLED',
  'UNLOCK_FAILED',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_AN_ADMIN',
  'PASSWORD_TOO_WEAK',
  'USERNAME_TAKEN',
  'LAST_ADMIN',
  'BACKUP_FOLDER_UNUSABLE',
  'BACKUP_NOT_FOUND',
  'BACKUP_DAMAGED',
  'BACKUP_NOT_A_BACKUP',
  'BACKUP_AUDIT_BROKEN',
  'PATIENT_DUPLICATE_IDENTITY',
  'PATIENT_POSSIBLE_DUPLICATE',
  'IDENTITY_INVALID',
  'IDENTITY_LOOKS_LIKE_MYKAD',
  'PHONE_INVALID',
  'NO_KNOWN_ALLERGIES_WITH_ALLERGIES',
  'QUEUE_EMPTY',
  'QUEUE_NOTHING_CALLED',
  'QUEUE_WRONG_STATE',
  'QUEUE_UNDO_TOO_LATE',
  'ROOM_INACTIVE',
  'ROOM_CODE_TAKEN',
  'VISIT_ALREADY_OPEN',
  'VISIT_CLOSED',
  'NOTE_EMPTY',
  'PRESCRIPTION_FLAGGED',
  'PRESCRIPTION_QUANTITY_NEEDED',
  'PRESCRIPTION_EMPTY',
  'INSUFFICIENT_STOCK',
  'BATCH_EXPIRED',
  'BATCH_ALREADY_EXPIRED',
  'QUANTITY_NOT_WHOLE',
  'STOCK_BELOW_ZERO',
  'BATCH_NOT_FOUND',
  'REGISTER_ADDRESS_REQUIRED',
  'REGISTER_ENTRY_NOT_FOUND',
  'REGISTER_CANCEL_REASON_REQUIRED',
  'REGISTER_NOT_DANGEROUS_DRUG',
  'PAYMENT_MORE_THAN_DUE',
  'INVOICE_NOT_PAYABLE',
  'VISIT_ALREADY_INVOICED',
  'INVOICE_NOTHING_TO_CHARGE',
  'INVOICE_PRICE_MISSING',
  'INVOICE_HAS_PAYMENTS',
  'RECEIPT_NOT_FOUND',
  'LEDGER_UNBALANCED',
  'MEDICINE_RETIRED',
  'NOTE_NOT_SIGNED',
  'AMENDMENT_UNCHANGED',
  'DISPLAY_CODE_WRONG',
  'DISPLAY_CODE_TOO_MANY_TRIES',
  'APPOINTMENT_CONFLICT',
  'APPOINTMENT_OUTSIDE_SCHEDULE',
  'APPOINTMENT_IN_PAST',
  'APPOINTMENT_WRONG_STATE',
  'APPOINTMENT_PATIENT_IN_QUEUE',
  'APPOINTMENT_UNDO_TOO_LATE',
  'APPOINTMENT_NO_ROOM',
  'APPOINTMENT_NO_RESOURCE',
  'SCHEDULE_INVALID',
  'NOT_A_DOCTOR',
  'APPOINTMENT_TYPE_CODE_TAKEN',
  'PRINTER_NOT_CONFIGURED',
  'PANEL_CODE_TAKEN',
  'PANEL_INACTIVE',
  'SUPPLIER_NAME_TAKEN',
  'SUPPLIER_INACTIVE',
  'FEE_CODE_TAKEN',
  'PURCHASE_ORDER_WRONG_STATE',
  'GOODS_NOT_ON_ORDER',
  'MEDICINE_CODE_TAKEN',
  'MEDICINE_BARCODE_TAKEN',
  'DIAGNOSIS_CODE_UNKNOWN',
  'PHOTO_INVALID',
  'PRINTER_UNAVAILABLE',
  'CHART_ENTRY_CLOSED',
  'VITALS_IMPOSSIBLE',
  'VITALS_IN_FUTURE',
  'DOCUMENT_CANCELLED',
  'MC_DATES_INVALID',
  'DOCTOR_REGISTRATION_MISSING',
  'PRESCRIPTION_NOT_ISSUED',
  'CONTROLLED_HANDOVER_REFUSED',
  'PRESCRIPTION_REQUIRED',
  'BUYER_ADDRESS_REQUIRED',
  'DISPENSE_MORE_THAN_OWED',
  'DISPENSING_FINDINGS_UNSEEN',
  'BATCH_REASON_REQUIRED',
  'DISPENSING_REVERSED',
  'STOCK_TAKE_ALREADY_POSTED',
  'STOCK_TAKE_CANCELLED',
  'STOCK_TAKE_NOT_ALL_COUNTED',
  'STOCK_TAKE_NOTHING_TO_COUNT',
  'OPENING_STOCK_ROWS_REJECTED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What is wrong with one field, in words the renderer can put together: `{ path: 'fullName', kind: 'tooLong', limit: 120 }`. */
export const FIELD_ISSUE_KINDS = ['required', 'tooLong', 'tooShort', 'tooMany', 'tooFew', 'tooHigh', 'tooLow', 'outOfRange', 'format', 'choice', 'invalid'] as const;
export type FieldIssueKind = (typeof FIELD_ISSUE_KINDS)[number];

export interface FieldIssue {
  /** Dotted, as the input nests it: `admin.username`, `allergies.0.allergen`. */
  path: string;
  kind: FieldIssueKind;
  /** The maximum or minimum the field broke (characters, entries or value), else null. */
  limit: number | null;
}

export type ErrorDetails = Record<string, string | number | boolean | null | string[] | FieldIssue[]>;

/** The shape every API error has on the wire, under `error.data.app`. */
export interface AppErrorShape {
  code: ErrorCode;
  details: ErrorDetails;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
