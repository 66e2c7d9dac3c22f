'use client';
import { useEffect, useState } from 'react';
import { addSample, progressFigures, type ProgressFigures, type ProgressSample } from '../format/progress-rate';

export interface ServerProgress {
  stage: 'upload' | 'preview' | 'commit' | 'export' | 'done';
  rows: number;
  totalRows: number | null;
  bytes: number;
  totalBytes: number | null;
  phase?: 'writing';
}

export interface ProgressState extends ProgressFigures {
  progress: ServerProgress | null;
}

const NONE: ProgressState = { progress: null, rowsPerSecond: null, secondsLeft: null };

/**
 * Polls the progress of a running preview, commit or export (twice a second) while `active`, with the
 * rows per second over the last seconds and the time left (server/imports/progress.ts keeps the figures).
 */
export function useOperationProgress(org: string, key: string | null, active: boolean): ProgressState {
  const [state, setState] = useState<ProgressState>(NONE);
  useEffect(() => {
    if (!key || !active) return undefined;
    let stopped = false;
    let samples: ProgressSample[] = [];
    let stage: ServerProgress['stage'] | null = null;
    const poll = async () => {
      try {
        const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/imports/progress?key=${key}`, { cache: 'no-store' });
        const body = (await response.json()) as { progress?: ServerProgress | null };
        const progress = body.progress;
        if (stopped || !progress) return;
        // A new stage (upload, then checking) starts its own rate.
        if (progress.stage !== stage) samples = [];
        stage = progress.stage;
        samples = addSample(samples, { at: Date.now(), rows: progress.rows, bytes: progress.bytes });
        setState({ progress, ...progressFigures(samples, progress.totalRows, progress.totalBytes) });
      } catch {
        // A missed poll is retried on the next tick.
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), 500);
    return () => {
      stopped = true;
      clearInterval(timer);
      setState(NONE);
    };
  }, [org, key, active]);
  return state;
}
