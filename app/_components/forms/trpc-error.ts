/**
 * Reading errors from tRPC: the server caller throws TRPCError (`code`), the browser client throws
 * TRPCClientError (`data.code`, `data.issues`). Messages are written for users by the server.
 */
export type ErrorCode = 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR' | (string & {});

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  data?: { code?: unknown; issues?: unknown } | null;
}

export function errorCode(error: unknown): ErrorCode | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as ErrorShape;
  if (typeof e.data?.code === 'string') return e.data.code;
  if (typeof e.code === 'string') return e.code;
  return undefined;
}

export function errorMessage(error: unknown, fallback = 'Something went wrong. Try again.'): string {
  if (!error || typeof error !== 'object') return fallback;
  const message = (error as ErrorShape).message;
  if (typeof message !== 'string' || !message) return fallback;
  // Network failures surface as "Failed to fetch" / "fetch failed": say it in words.
  if (/fetch/i.test(message) && !errorCode(error)) return 'We could not reach the server. Check your connection and try again.';
  return message;
}

/** Field messages from `data.issues` ([{ field, message }]), first message per field. */
export function fieldErrors(error: unknown): Record<string, string> {
  const issues = error && typeof error === 'object' ? (error as ErrorShape).data?.issues : undefined;
  const out: Record<string, string> = {};
  if (!Array.isArray(issues)) return out;
  for (const issue of issues as { field?: unknown; message?: unknown }[]) {
    if (typeof issue.field === 'string' && typeof issue.message === 'string') out[issue.field] ??= issue.message;
  }
  return out;
}

/** The message for the form as a whole: the server's, unless it only repeats what the fields say. */
export function formError(error: unknown): string | null {
  if (!error) return null;
  const message = errorMessage(error);
  // A zod failure's message is the issues as JSON: the fields show them, the form says where to look.
  if (/^\s*[[{]/.test(message)) return Object.keys(fieldErrors(error)).length > 0 ? 'Check the highlighted fields.' : 'Some of the values are not valid.';
  return message;
}
