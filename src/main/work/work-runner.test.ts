import { describe, expect, it } from 'vitest';
import { clinicForTests } from '../../../tests/support/clinic-for-tests';
import { setUpClinic, startTestHub } from '../../../tests/support/test-hub';
import type { ChangedEntity } from '../../shared/changed-entities';
import type { OpenHub } from '../api/core/context';
import { ClinicClock } from './clinic-clock';
import { DomainEventBus } from './domain-events';
import { UnitOfWork } from './unit-of-work';

let now = new Date('2026-12-03T17:30:00Z');
const clinic = clinicForTests(async () => {
  const testHub = await startTestHub({ clock: () => now });
  const { admin } = await setUpClinic(testHub);
  return { testHub, admin: admin.caller };
});

function open(): OpenHub {
  const hub = clinic.testHub.hub.open();
  if (!hub) throw new Error('store not open');
  return hub;
}

const displayName = async () => (await open().work.run(null, (uow) => uow.db.query<{ display_name: string }[]>(`SELECT display_name FROM users`)))[0].display_name;

/** Collects the change notices live screens hear while `work` runs. */
async function heard(work: () => Promise<unknown>): Promise<ChangedEntity[][]> {
  const notices: ChangedEntity[][] = [];
  const stop = clinic.testHub.hub.events.onEvent('changed', ({ entities }) => notices.push(entities));
  try {
    await work().catch(() => undefined);
  } finally {
    stop();
  }
  return notices;
}

describe('a unit of work', () => {
  it('that changes rows without an audit row is rolled back as an internal error', async () => {
    const before = await displayName();
    const attempt = open().work.run(null, (uow) => uow.db.query(`UPDATE users SET display_name = 'unaudited'`));
    await expect(attempt).rejects.toMatchObject({ code: 'INTERNAL', details: { reason: 'unaudited-write' } });
    expect(await displayName()).toBe(before);
  });

  it('that audits its change commits it, and live screens hear of it only after the commit', async () => {
    let committedWhenHeard = '';
    const stop = clinic.testHub.hub.events.onEvent('changed', () => void displayName().then((name) => (committedWhenHeard = name)));
    await open().work.run(null, async (uow) => {
      await uow.db.query(`UPDATE users SET display_name = 'Dr Aminah binti Yusof'`);
      await uow.audit({ action: 'user.update', entity: 'user', entityId: null });
    });
    stop();
    await displayName();
    expect(committedWhenHeard).toBe('Dr Aminah binti Yusof');
  });

  it('reads without writing, and counts a flushed trail of reads as audit rows, not as changes', async () => {
    const notices = await heard(() => clinic.admin.audit.list({ limit: 5 }));
    expect(notices).toEqual([]);
  });

  it('runs its after-commit effects once it commits, never when it rolls back', async () => {
    const ran: string[] = [];
    await open().work.run(null, async (uow) => {
      uow.afterCommit(() => void ran.push('committed'));
      await uow.audit({ action: 'user.update', entity: 'user', entityId: null });
      expect(ran).toEqual([]);
    });
    await open()
      .work.run(null, async (uow) => {
        uow.afterCommit(() => void ran.push('rolled back'));
        await uow.audit({ action: 'user.update', entity: 'user', entityId: null });
        throw new Error('changed my mind');
      })
      .catch(() => undefined);
    expect(ran).toEqual(['committed']);
  });

  it('reads the clinic clock: at 01:30 on 4 December in Kuala Lumpur it is already the 4th there', async () => {
    now = new Date('2026-12-03T17:30:00Z');
    const reading = await open().work.run(null, async (uow) => ({ today: uow.clock.today(), time: uow.clock.timeOf(uow.now), zone: uow.clock.zone }));
    expect(reading).toEqual({ today: '2026-12-04', time: '01:30', zone: 'Asia/Kuala_Lumpur' });
  });

  it('follows the clinic to another time zone once its profile is saved', async () => {
    const { profile } = await clinic.admin.settings.all();
    await clinic.admin.settings.profile.save({ ...profile, timeZone: 'Asia/Kolkata' });
    try {
      expect(await open().work.run(null, async (uow) => uow.clock.timeOf(uow.now))).toBe('23:00');
    } finally {
      await clinic.admin.settings.profile.save(profile);
    }
  });
});

describe('domain events', () => {
  /** A unit of work on the open store whose events go to `bus` alone. */
  function withBus(bus: DomainEventBus, work: (uow: UnitOfWork) => Promise<void>): Promise<void> {
    return open().store.transaction((db) => work(new UnitOfWork(db, null, open().auditLog, new ClinicClock(now, 'Asia/Kuala_Lumpur'), bus)));
  }

  it('reach every listening module in the order the modules listened, inside the raiser’s transaction', async () => {
    const heardBy: string[] = [];
    const bus = new DomainEventBus();
    bus.listen({ 'visit.called': async (_uow, { visitId }) => void heardBy.push(`first ${visitId}`) });
    bus.listen({ 'visit.closed': async () => void heardBy.push('not this one') });
    bus.listen({ 'visit.called': async (uow) => void heardBy.push(`second in a transaction: ${uow.db.queryRunner?.isTransactionActive ?? false}`) });
    await withBus(bus, (uow) => uow.raise('visit.called', { visitId: 'v1' }));
    expect(heardBy).toEqual(['first v1', 'second in a transaction: true']);
  });

  it('roll the raiser’s writes back when a listener refuses', async () => {
    const before = await displayName();
    const bus = new DomainEventBus();
    bus.listen({
      'visit.closed': async () => {
        throw new Error('the appointment cannot follow');
      },
    });
    const attempt = withBus(bus, async (uow) => {
      await uow.db.query(`UPDATE users SET display_name = 'half-done'`);
      await uow.audit({ action: 'user.update', entity: 'user', entityId: null });
      await uow.raise('visit.closed', { visitId: 'v1', status: 'done' });
    });
    await expect(attempt).rejects.toThrow('the appointment cannot follow');
    expect(await displayName()).toBe(before);
  });
});
