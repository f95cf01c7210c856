/**
 * Every action the hub writes to the audit log. The writer (`AuditEvent.action`) is typed by this
 * list, so an action nobody listed does not compile, and the audit screen's words are checked
 * against it (src/renderer/modules/audit/audit-words.test.ts): each one reads as a sentence in
 * English and Malay.
 */
export const AUDIT_ACTIONS = [
  'patient.register',
  'patient.update',
  'patient.merge',
  'patient.mergedAway',
  'patient.import',
  'patient.importBegin',
  'patient.importUpload',
  'patient.importWrite',
  'patient.importRemove',
  'patient.photo.add',
  'patient.photo.replace',
  'patient.photo.remove',
  'patient.read',
  'patient.search',
  'patient.history.read',
  'patient.photo.read',
  'patient.visits.read',
  'patient.documents.read',
  'patient.chart.read',
  'patient.vitals.read',
  'patient.export',
  'queue.checkIn',
  'queue.call',
  'queue.recall',
  'queue.jump',
  'queue.transferIn',
  'queue.waiting',
  'queue.called',
  'queue.serving',
  'queue.done',
  'queue.skipped',
  'queue.no_show',
  'queue.undoNoShow',
  'queue.transferred',
  'queue.ticket.print',
  'queue.ticket.pdf',
  'appointment.book',
  'appointment.confirm',
  'appointment.reschedule',
  'appointment.cancel',
  'appointment.noShow',
  'appointment.undoNoShow',
  'appointment.checkIn',
  'appointment.start',
  'appointment.finish',
  'appointment.visitNoShow',
  'appointment.visitReopened',
  'schedule.create',
  'schedule.update',
  'scheduleBlock.create',
  'scheduleBlock.update',
  'scheduleBlock.remove',
  'room.create',
  'room.update',
  'panel.create',
  'panel.update',
  'supplier.create',
  'supplier.update',
  'fee.create',
  'fee.update',
  'purchaseOrder.create',
  'purchaseOrder.update',
  'purchaseOrder.send',
  'purchaseOrder.cancel',
  'goodsReceived.record',
  'supplierReturn.record',
  'diagnosisFavourite.add',
  'diagnosisFavourite.remove',
  'resource.create',
  'resource.update',
  'appointmentType.create',
  'appointmentType.update',
  'prescription.add',
  'prescription.cancel',
  'prescription.printLabels',
  'register.record',
  'register.cancel',
  'register.view',
  'register.print',
  'dispensing.dispense',
  'dispensing.sell',
  'dispensing.printLabels',
  'consultation.saveNote',
  'consultation.saveDiagnoses',
  'consultation.finish',
  'consultation.amend',
  'noteTemplate.create',
  'noteTemplate.update',
  'medicine.create',
  'medicine.update',
  'medicine.import',
  'stock.receive',
  'stock.issue',
  'stock.reverse',
  'stock.adjust',
  'stock.writeOff',
  'stock.return',
  'interactionPair.create',
  'interactionPair.update',
  'stockTake.start',
  'stockTake.count',
  'stockTake.post',
  'stockTake.cancel',
  'stockTake.openingStock',
  'document.issue',
  'document.reprint',
  'vitals.record',
  'vitals.correct',
  'document.cancel',
  'auth.login',
  'auth.failed',
  'auth.wrongSecret',
  'auth.unlock',
  'auth.recoveryReset',
  'user.create',
  'user.update',
  'user.enable',
  'user.disable',
  'user.resetPassword',
  'user.changePassword',
  'user.setPin',
  'role.create',
  'role.update',
  'clinic.initialise',
  'backup.create',
  'backup.fail',
  'backup.restore',
  'chart.problem.add',
  'chart.problem.change',
  'chart.problem.resolve',
  'chart.problem.enteredInError',
  'chart.medication.add',
  'chart.medication.change',
  'chart.medication.stop',
  'chart.medication.enteredInError',
  'chart.history.save',
] as const;

export type ListedAuditAction = (typeof AUDIT_ACTIONS)[number];

/** A settings section saved by someone, or written with its defaults the first time it was read: one family per kind, the section named after it. */
export const SETTINGS_AUDIT_FAMILIES = ['clinic.update', 'clinic.default'] as const;
export type SettingsAuditFamily = (typeof SETTINGS_AUDIT_FAMILIES)[number];

export type AuditAction = ListedAuditAction | `${SettingsAuditFamily}.${string}`;

/** The lists an admin sets up whose rows are audited as `<entity>.create` / `<entity>.update` (src/main/store/setup-list.ts). */
export type SetupListEntity = 'room' | 'panel' | 'supplier' | 'resource' | 'appointmentType' | 'noteTemplate' | 'fee';

/** What the audit screen words an action by: the action itself, or its settings family and the section. */
export type AuditWording = { key: ListedAuditAction | SettingsAuditFamily; section?: string };

const LISTED: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

/** Null for an action this version does not know (a row written by a newer or older version). */
export function auditWordingOf(action: string): AuditWording | null {
  if (LISTED.has(action)) return { key: action as ListedAuditAction };
  for (const family of SETTINGS_AUDIT_FAMILIES) {
    if (action.startsWith(`${family}.`)) return { key: family, section: action.slice(family.length + 1) };
  }
  return null;
}
