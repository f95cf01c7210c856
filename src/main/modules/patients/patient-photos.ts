import type { PatientPhoto, SetPatientPhotoInput } from '../../../shared/schemas/patients';
import type { UnitOfWork } from '../../work/unit-of-work';
import { AppError } from '../../errors/app-error';
import { PatientEntity, PatientPhotoEntity } from './entities';

/** The first bytes every file of each type starts with. */
const SIGNATURES: Record<PatientPhoto['mime'], number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/**
 * Patients' photos, one per patient, kept in the encrypted store beside the record. A photo
 * is replaced or removed, not versioned; the audit log says who changed it and when.
 */
export class PatientPhotosService {
  async set(uow: UnitOfWork, input: SetPatientPhotoInput): Promise<void> {
    await this.assertPatient(uow, input.patientId);
    const data = Buffer.from(input.dataBase64, 'base64');
    if (!SIGNATURES[input.mime].every((byte, index) => data[index] === byte)) throw new AppError('PHOTO_INVALID', { reason: 'not_image' });
    const repo = uow.db.getRepository(PatientPhotoEntity);
    const replaced = await repo.existsBy({ patientId: input.patientId });
    await repo.save({ patientId: input.patientId, mime: input.mime, data, updatedAt: uow.now.toISOString(), updatedBy: uow.actor?.userId ?? null });
    await uow.audit({ action: replaced ? 'patient.photo.replace' : 'patient.photo.add', entity: 'patient', entityId: input.patientId, after: { mime: input.mime, bytes: data.length } });
  }

  async get(uow: UnitOfWork, patientId: string): Promise<PatientPhoto | null> {
    const record = await uow.db.getRepository(PatientPhotoEntity).findOneBy({ patientId });
    return record ? { mime: record.mime, dataBase64: Buffer.from(record.data).toString('base64'), updatedAt: record.updatedAt } : null;
  }

  async remove(uow: UnitOfWork, patientId: string): Promise<void> {
    const result = await uow.db.getRepository(PatientPhotoEntity).delete({ patientId });
    if (result.affected) await uow.audit({ action: 'patient.photo.remove', entity: 'patient', entityId: patientId });
  }

  private async assertPatient(uow: UnitOfWork, id: string): Promise<void> {
    if (!(await uow.db.getRepository(PatientEntity).existsBy({ id }))) throw new AppError('NOT_FOUND', { entity: 'patient', id });
  }
}
