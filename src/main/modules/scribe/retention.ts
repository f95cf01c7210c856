import { IsNull, LessThan, Not } from 'typeorm';
import type { SettingsStore } from '../../settings/settings-store';
import type { UnitOfWork } from '../../work/unit-of-work';
import { ScribeRecordingEntity } from './entities';
import type { ScribeService } from './scribe-service';
import { scribeSettings } from './settings';

const HOUR_MS = 3_600_000;

/**
 * The scribe's retention rule: a signed visit's audio goes at signing, or the set number of hours
 * after; a transcript goes the set number of days after it was made. It runs whenever a doctor
 * signs a note (`visit.finished`), so the signed visit's audio goes in that same transaction and,
 * on any working day, expired recordings leave the store.
 */
export class ScribeRetention {
  constructor(
    private readonly settings: SettingsStore,
    private readonly scribe: ScribeService,
  ) {}

  /** Deletes what the rule says has been kept long enough; returns how many recordings lost audio and transcripts. */
  async sweep(uow: UnitOfWork): Promise<{ audio: number; transcripts: number }> {
    const settings = await this.settings.get(uow, scribeSettings);
    const audioBefore = new Date(uow.now.getTime() - settings.audioHoursAfterSigning * HOUR_MS).toISOString();
    const expiredAudio = await uow.db.query<{ id: string }[]>(
      `SELECT r.id FROM scribe_recordings r JOIN encounters e ON e.visit_id = r.visit_id
        WHERE r.audio_deleted_at IS NULL AND e.signed_at IS NOT NULL AND e.signed_at <= ?`,
      [audioBefore],
    );
    const recordings = uow.db.getRepository(ScribeRecordingEntity);
    for (const { id } of expiredAudio) {
      const recording = await recordings.findOneByOrFail({ id });
      await this.scribe.deleteAudio(uow, recording, settings.audioHoursAfterSigning === 0 ? 'signed' : 'retention');
    }
    const transcriptsBefore = new Date(uow.now.getTime() - settings.transcriptDays * 24 * HOUR_MS).toISOString();
    const expiredTranscripts = await recordings.findBy({ transcript: Not(IsNull()), transcribedAt: LessThan(transcriptsBefore) });
    for (const recording of expiredTranscripts) await this.scribe.deleteTranscript(uow, recording);
    return { audio: expiredAudio.length, transcripts: expiredTranscripts.length };
  }
}
