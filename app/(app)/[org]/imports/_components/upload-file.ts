/**
 * Sends a file to the upload route as the raw request body (XMLHttpRequest: the only browser API that
 * reports upload progress), and reads the preview back (superjson, like tRPC).
 */
import superjson from 'superjson';
import type { ImportPreview } from './types';

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface UploadOptions {
  org: string;
  entity: string;
  file: File;
  progressKey: string;
  onUploadProgress: (sentBytes: number, totalBytes: number) => void;
  /** Every byte is sent; the server is now checking the rows. */
  onUploaded: () => void;
}

export function uploadForPreview({ org, entity, file, progressKey, onUploadProgress, onUploaded }: UploadOptions): Promise<ImportPreview> {
  const query = new URLSearchParams({ entity, fileName: file.name, progressKey });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/orgs/${encodeURIComponent(org)}/imports?${query.toString()}`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.upload.onprogress = (event) => onUploadProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.upload.onload = () => onUploaded();
    xhr.onerror = () => reject(new UploadError('We could not reach the server. Check your connection and try again.', 'NETWORK'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        reject(new UploadError('The server answered something unexpected. Try again.', 'INTERNAL_SERVER_ERROR'));
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } }).error;
      if (xhr.status >= 400 || error) {
        reject(new UploadError(error?.message ?? 'The upload failed. Try again.', error?.code ?? String(xhr.status)));
        return;
      }
      resolve(superjson.deserialize(body as Parameters<typeof superjson.deserialize>[0]) as ImportPreview);
    };
    xhr.send(file);
  });
}

/** A random key to follow one operation's progress. */
export function newProgressKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
