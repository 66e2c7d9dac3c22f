/**
 * Where uploaded files live between preview and commit: on disk, under IMPORTS_DIR (default
 * `.data/imports`). An upload is streamed to `uploads/<sha256>-<random>.csv` while it is hashed and
 * counted (refused, and deleted, the moment it passes the size limit: before any parsing); the preview
 * then claims it into `<tenant id>/<sha256>.csv`, where commit and the import's page read it again.
 * Memory stays flat whatever the file size: nothing holds more than one chunk.
 *
 * Several app instances need IMPORTS_DIR on a shared volume (see docs/decisions/0005).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { Invalid, NotFound } from '../errors';

export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const UPLOAD_ID = /^([0-9a-f]{64})-[0-9a-f]{32}$/;
const HASH = /^[0-9a-f]{64}$/;
const TENANT_ID = /^[0-9a-f-]{36}$/;
const STALE_UPLOAD_MS = 24 * 3600 * 1000;

export function importsDir(): string {
  return process.env.IMPORTS_DIR ?? path.join(process.cwd(), '.data', 'imports');
}

/** The size limit of an upload in bytes: IMPORT_MAX_BYTES, default 50 MB. */
export function maxImportBytes(): number {
  const configured = Number(process.env.IMPORT_MAX_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_IMPORT_BYTES;
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

export class FileTooLarge extends Invalid {
  constructor(readonly limitBytes: number, sizeBytes?: number) {
    super(
      `The file is ${sizeBytes ? formatMegabytes(sizeBytes) : `over ${formatMegabytes(limitBytes)}`}; the limit is ${formatMegabytes(limitBytes)}. ` +
        'Split it into smaller files, each with the header row, and import them one after the other.',
      [{ field: 'file', message: `At most ${formatMegabytes(limitBytes)}.` }],
    );
  }
}

export interface StoredUpload {
  uploadId: string;
  fileHash: string;
  sizeBytes: number;
}

function uploadPath(uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId)) throw new NotFound('Upload not found. Upload the file again.');
  return path.join(importsDir(), 'uploads', `${uploadId}.csv`);
}

function storedPath(tenantId: string, fileHash: string): string {
  if (!TENANT_ID.test(tenantId) || !HASH.test(fileHash)) throw new NotFound('Import file not found.');
  return path.join(importsDir(), tenantId, `${fileHash}.csv`);
}

/**
 * Streams an upload to disk, hashing it; refuses it (FileTooLarge) as soon as it passes `maxBytes`.
 * `declaredBytes` (a Content-Length) lets an oversize file be refused before a byte is read.
 */
export async function storeUpload(
  body: AsyncIterable<Uint8Array | string>,
  options: { maxBytes?: number; declaredBytes?: number; onBytes?: (receivedBytes: number) => void } = {},
): Promise<StoredUpload> {
  const maxBytes = options.maxBytes ?? maxImportBytes();
  if (options.declaredBytes !== undefined && options.declaredBytes > maxBytes) throw new FileTooLarge(maxBytes, options.declaredBytes);
  const dir = path.join(importsDir(), 'uploads');
  await mkdir(dir, { recursive: true });
  void sweepStaleUploads(dir);
  const temp = path.join(dir, `.part-${randomBytes(16).toString('hex')}`);
  const out = createWriteStream(temp);
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of body) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.byteLength;
      if (size > maxBytes) throw new FileTooLarge(maxBytes);
      hash.update(bytes);
      options.onBytes?.(size);
      if (!out.write(bytes)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    out.end();
    await finished(out);
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  }
  const fileHash = hash.digest('hex');
  const uploadId = `${fileHash}-${randomBytes(16).toString('hex')}`;
  await rename(temp, uploadPath(uploadId));
  return { uploadId, fileHash, sizeBytes: size };
}

/** Moves an upload into the tenant's folder under its hash (the same file twice is stored once). */
export async function claimUpload(tenantId: string, uploadId: string): Promise<{ fileHash: string; sizeBytes: number }> {
  const from = uploadPath(uploadId);
  const fileHash = UPLOAD_ID.exec(uploadId)?.[1] ?? '';
  const to = storedPath(tenantId, fileHash);
  let sizeBytes: number;
  try {
    sizeBytes = (await stat(from)).size;
  } catch {
    throw new NotFound('Upload not found. Upload the file again.');
  }
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to);
  return { fileHash, sizeBytes };
}

/** The hash and size of an upload not yet claimed. */
export async function uploadInfo(uploadId: string): Promise<{ fileHash: string; sizeBytes: number }> {
  const file = uploadPath(uploadId);
  const fileHash = UPLOAD_ID.exec(uploadId)?.[1] ?? '';
  try {
    return { fileHash, sizeBytes: (await stat(file)).size };
  } catch {
    throw new NotFound('Upload not found. Upload the file again.');
  }
}

export async function discardUpload(uploadId: string): Promise<void> {
  if (UPLOAD_ID.test(uploadId)) await rm(uploadPath(uploadId), { force: true });
}

export async function storedFileExists(tenantId: string, fileHash: string): Promise<boolean> {
  try {
    await stat(storedPath(tenantId, fileHash));
    return true;
  } catch {
    return false;
  }
}

/** The stored file as a stream of 1 MB chunks. */
export async function openStoredFile(tenantId: string, fileHash: string): Promise<ReadStream> {
  const file = storedPath(tenantId, fileHash);
  if (!(await storedFileExists(tenantId, fileHash))) {
    throw new NotFound('The uploaded file is no longer on the server. Upload it again.');
  }
  return createReadStream(file, { highWaterMark: 1024 * 1024 });
}

export async function deleteStoredFile(tenantId: string, fileHash: string): Promise<void> {
  await rm(storedPath(tenantId, fileHash), { force: true });
}

async function sweepStaleUploads(dir: string): Promise<void> {
  try {
    const now = Date.now();
    for (const name of await readdir(dir)) {
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => null);
      if (info && now - info.mtimeMs > STALE_UPLOAD_MS) await rm(file, { force: true });
    }
  } catch {
    // Best effort: a sweep that fails is retried on the next upload.
  }
}
