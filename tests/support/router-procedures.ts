import { appRouter } from '../../src/main/api/router';
import type { z } from 'zod';
import type { ProcedureMeta } from '../../src/main/api/core/trpc';

/** Every procedure of the API, read from the router itself, for tests that walk them all. */
export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  meta: ProcedureMeta | undefined;
  /** The zod schemas its input is parsed with (none for a procedure without input). */
  inputs: z.core.$ZodType[];
}

export const procedures: ProcedureInfo[] = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureInfo['type']; meta?: ProcedureMeta; inputs?: z.core.$ZodType[] } }>).map(
  ([path, procedure]) => ({ path, type: procedure._def.type, meta: procedure._def.meta, inputs: procedure._def.inputs ?? [] }),
);

/** Calls a procedure by its dotted path with an input, as a client would. */
export async function callByPath(caller: object, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  return fn(input);
}
