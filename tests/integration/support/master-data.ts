/** Helpers for the master-data tests: reading a refused call's code and field messages, reading a CSV export. */
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { exportCsvResponse } from '@/server/csv/export-response';
import type { AppCaller } from '@/server/csv/export-types';

export interface Refusal {
  code: TRPCError['code'];
  message: string;
  /** Field → first message (zod issues and domain Invalid issues alike). */
  fields: Record<string, string>;
}

/** Awaits a call that must fail and returns how it failed. */
export async function refusal(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const fields: Record<string, string> = {};
    const cause = error.cause;
    const issues =
      cause instanceof z.ZodError
        ? cause.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))
        : ((cause as { issues?: { field: string; message: string }[] } | undefined)?.issues ?? []);
    for (const issue of issues) fields[issue.field] ??= issue.message;
    return { code: error.code, message: error.message, fields };
  }
  throw new Error('expected the call to fail, it succeeded');
}

/** Downloads an export through the route's response builder: status, headers and the parsed records. */
export async function downloadCsv(caller: AppCaller, org: string, entity: string, query = '') {
  const response = await exportCsvResponse({ caller, org, entity, searchParams: new URLSearchParams(query) });
  // Decode keeping the BOM (Response.text() would strip it), so tests can see it is there.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  const body = text.replace(/^\uFEFF/, '');
  return { response, status: response.status, text, body, lines: body.split('\r\n').filter((l) => l !== '') };
}
