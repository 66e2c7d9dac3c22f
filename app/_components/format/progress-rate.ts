/**
 * Rows per second and time left of a long operation (an import being checked or committed, a CSV being
 * written), from the progress samples a page polls: the rate over the last few seconds, the time left
 * from the rows (or bytes) still to go. Pure, so it is unit-tested.
 */
export interface ProgressSample {
  /** ms (the page's clock). */
  at: number;
  rows: number;
  bytes: number;
}

export interface ProgressFigures {
  rowsPerSecond: number | null;
  secondsLeft: number | null;
}

const WINDOW_MS = 5000;

/** Keeps the samples of the last few seconds (and one before them, to measure across the window). */
export function addSample(samples: readonly ProgressSample[], next: ProgressSample): ProgressSample[] {
  const kept = samples.filter((s) => s.at <= next.at && s.rows <= next.rows);
  const recent = kept.filter((s) => next.at - s.at <= WINDOW_MS);
  const before = kept.filter((s) => next.at - s.at > WINDOW_MS).slice(-1);
  return [...before, ...recent, next];
}

/** The figures from the samples kept; totals are null when unknown. */
export function progressFigures(samples: readonly ProgressSample[], totalRows: number | null, totalBytes: number | null): ProgressFigures {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.at - first.at < 800) return { rowsPerSecond: null, secondsLeft: null };
  const seconds = (last.at - first.at) / 1000;
  const rowsPerSecond = (last.rows - first.rows) / seconds;
  const bytesPerSecond = (last.bytes - first.bytes) / seconds;
  let secondsLeft: number | null = null;
  if (totalRows !== null && rowsPerSecond > 0) secondsLeft = Math.max(0, (totalRows - last.rows) / rowsPerSecond);
  else if (totalBytes !== null && bytesPerSecond > 0) secondsLeft = Math.max(0, (totalBytes - last.bytes) / bytesPerSecond);
  return { rowsPerSecond: rowsPerSecond > 0 ? rowsPerSecond : null, secondsLeft };
}

/** "about 2 min 10 s left", "a few seconds left". */
export function formatTimeLeft(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  if (seconds < 5) return 'a few seconds left';
  const s = Math.round(seconds);
  if (s < 60) return `about ${s} s left`;
  const m = Math.floor(s / 60);
  if (m < 60) return `about ${m} min ${String(s % 60).padStart(2, '0')} s left`;
  return `about ${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min left`;
}

/** "12,400 rows/s" */
export function formatRate(rowsPerSecond: number | null): string | null {
  if (rowsPerSecond === null) return null;
  const rounded = rowsPerSecond >= 100 ? Math.round(rowsPerSecond / 10) * 10 : Math.round(rowsPerSecond);
  return `${rounded.toLocaleString('en-US')} rows/s`;
}
