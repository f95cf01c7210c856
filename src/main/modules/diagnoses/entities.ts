import { EntitySchema } from 'typeorm';

/** A code a doctor keeps at hand: found first whenever it matches what they type. */
export interface FavouriteDiagnosisRecord {
  userId: string;
  code: string;
  createdAt: string;
}

export const FavouriteDiagnosisEntity = new EntitySchema<FavouriteDiagnosisRecord>({
  name: 'FavouriteDiagnosis',
  tableName: 'diagnosis_favourites',
  columns: {
    userId: { type: 'text', primary: true, name: 'user_id' },
    code: { type: 'text', primary: true },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

/** When a doctor last recorded a code on a visit, and how often they have. */
export interface RecentDiagnosisRecord {
  userId: string;
  code: string;
  lastUsedAt: string;
  useCount: number;
}

export const RecentDiagnosisEntity = new EntitySchema<RecentDiagnosisRecord>({
  name: 'RecentDiagnosis',
  tableName: 'diagnosis_recent_uses',
  columns: {
    userId: { type: 'text', primary: true, name: 'user_id' },
    code: { type: 'text', primary: true },
    lastUsedAt: { type: 'text', name: 'last_used_at' },
    useCount: { type: 'integer', name: 'use_count' },
  },
});
