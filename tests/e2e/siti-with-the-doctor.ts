import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../../src/main/api/router';
import { SITI } from '../../src/main/ai/privacy/sample-patients';
import { DEFAULT_AI_SETTINGS } from '../../src/shared/schemas/ai';
import type { OpenAiStandIn } from '../support/openai-stand-in';
import { ownerIsTheDoctor } from './spec-hub';

/**
 * The AI specs' clinic: AI on, its model the local stand-in; the owner is the doctor in Bilik 1;
 * Puan Siti (the privacy tests' sample patient, with every identifier a record holds) is checked in
 * with her complaint and called in. Returns her visit and her phone as the record keeps it.
 */
export async function sitiWithTheDoctor(api: TRPCClient<AppRouter>, server: OpenAiStandIn, complaint: string): Promise<{ visitId: string; recordPhone: string }> {
  await api.settings.ai.save.mutate({ ...DEFAULT_AI_SETTINGS, enabled: true, baseUrl: server.baseUrl, defaultModel: 'llama3.2:3b', maxRetries: 0 });
  await ownerIsTheDoctor(api);
  const room = await api.rooms.save.mutate({ code: '1', name: 'Bilik 1', kind: 'consultation', ticketPrefix: 'A', active: true });
  const { mrn: _mrn, ...siti } = SITI;
  const patient = await api.patients.register.mutate({ ...siti, nationality: null, allergies: [] });
  const { visitId } = await api.queue.checkIn.mutate({ patientId: patient.id, roomId: room.id, chiefComplaint: complaint, priority: 'normal' });
  await api.queue.callNext.mutate({ roomId: room.id });
  return { visitId, recordPhone: patient.phones[0] ?? '' };
}
