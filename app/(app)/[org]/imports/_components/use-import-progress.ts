'use client';
import { useEffect, useState } from 'react';

export interface ServerProgress {
  stage: 'upload' | 'preview' | 'commit' | 'done';
  rows: number;
  totalRows: number | null;
  bytes: number;
  totalBytes: number | null;
}

/** Polls the progress of a running preview or commit (twice a second) while `active`. */
export function useImportProgress(org: string, key: string | null, active: boolean): ServerProgress | null {
  const [progress, setProgress] = useState<ServerProgress | null>(null);
  useEffect(() => {
    if (!key || !active) return undefined;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/imports/progress?key=${key}`, { cache: 'no-store' });
        const body = (await response.json()) as { progress?: ServerProgress | null };
        if (!stopped && body.progress) setProgress(body.progress);
      } catch {
        // A missed poll is retried on the next tick.
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), 500);
    return () => {
      stopped = true;
      clearInterval(timer);
      setProgress(null);
    };
  }, [org, key, active]);
  return progress;
}
