/** Every procedure of the app router, read from its definition, so new procedures are covered automatically. */
import type { TRPCError } from '@trpc/server';
import { appRouter } from '@/server/trpc/root';
import type { ProcedureMeta } from '@/server/trpc/init';

export interface ProcedureInfo {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  meta: ProcedureMeta;
}

export function listProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureInfo['type']; meta?: ProcedureMeta } }>;
  return Object.entries(procedures)
    .map(([path, p]) => ({ path, type: p._def.type, meta: p._def.meta ?? {} }))
    .sort((x, y) => x.path.localeCompare(y.path));
}

/** Calls `path` on a caller with `input`, returning the TRPCError code it failed with, or 'OK'. */
export async function callPath(caller: unknown, path: string, input: unknown): Promise<TRPCError['code'] | 'OK'> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (i: unknown) => Promise<unknown>;
  try {
    await fn(input);
    return 'OK';
  } catch (error) {
    const code = (error as TRPCError).code;
    if (!code) throw error;
    return code;
  }
}
