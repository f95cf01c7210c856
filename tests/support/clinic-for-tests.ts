import { afterAll, beforeAll } from 'vitest';
import type { TestHub } from './test-hub';

/**
 * One clinic for a whole test file: `make` runs before the file's first test, and the clinic's
 * hub closes after its last. The object returned is filled in by then, so tests use it directly.
 * (Kept apart from test-hub.ts, which the benchmarks import outside Vitest.)
 */
export function clinicForTests<T extends { testHub: TestHub }>(make: () => Promise<T>): T {
  const clinic = {} as T;
  beforeAll(async () => {
    Object.assign(clinic, await make());
  }, 60_000);
  afterAll(() => clinic.testHub.close());
  return clinic;
}
