/**
 * Progress of running previews, commits and large CSV downloads, in this server process's memory: a commit is one database
 * transaction, so its progress cannot be written to a row others can read before it ends. The client
 * chooses a random key per operation and polls `GET /api/orgs/<org>/imports/progress?key=…`, which
 * answers only the user who started the operation. With several app instances a poll may reach another
 * instance and see nothing: the page then shows an indeterminate bar (docs/decisions/0005).
 */
export interface ImportProgress {
  /** `export`: a CSV download being written (rows so far, of totalRows). */
  stage: 'upload' | 'preview' | 'commit' | 'export' | 'done';
  /** Rows read so far, and the rows of the file when known (from the preview). */
  rows: number;
  totalRows: number | null;
  /** Bytes read so far, and the size of the file. */
  bytes: number;
  totalBytes: number | null;
  /** A commit whose file is read and whose rows are being written (set-based: no row count to show). */
  phase?: 'writing';
  updatedAt: number;
}

const KEY = /^[A-Za-z0-9_-]{8,64}$/;
const KEEP_MS = 10 * 60 * 1000;
const entries = new Map<string, ImportProgress & { userId: string }>();

export function isProgressKey(key: unknown): key is string {
  return typeof key === 'string' && KEY.test(key);
}

export function reportProgress(userId: string, key: string | undefined, progress: Omit<ImportProgress, 'updatedAt'>): void {
  if (!key || !isProgressKey(key)) return;
  entries.set(`${userId}:${key}`, { ...progress, userId, updatedAt: Date.now() });
  if (entries.size > 1000) prune();
}

export function readProgress(userId: string, key: string): ImportProgress | null {
  const entry = entries.get(`${userId}:${key}`);
  if (!entry || entry.userId !== userId) return null;
  const { userId: _userId, ...progress } = entry;
  return progress;
}

function prune(): void {
  const cutoff = Date.now() - KEEP_MS;
  for (const [key, entry] of entries) if (entry.updatedAt < cutoff) entries.delete(key);
}
