'use client';
import { useEffect, useState } from 'react';
import { formatRate, formatTimeLeft } from '../format/progress-rate';
import { useOperationProgress } from '../progress/use-operation-progress';
import { ProgressBar } from '../progress/progress-bar';
import { buttonClasses } from '../ui/button';

/** Above this many rows a download shows its progress on the page too. */
export const LARGE_EXPORT_ROWS = 5000;

function progressKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * "Download CSV": the browser's own download (streamed to disk as the server writes it, memory flat),
 * and, for a large table, the rows written so far, the rate and the time left under the button, read
 * from the server's progress of this download (its key travels in the URL). Before hydration the link
 * is a plain download.
 */
export function CsvDownloadLink({ href, org, total }: { href: string; org: string; total: number }) {
  const [key, setKey] = useState<string | null>(null);
  const [finished, setFinished] = useState<number | null>(null);
  // Until hydrated, the link is a plain download (no progress): tests and users can tell.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { progress, rowsPerSecond, secondsLeft } = useOperationProgress(org, key, key !== null);
  // The list's count may not have arrived yet when the button is clicked: the server's count decides too.
  const large = total >= LARGE_EXPORT_ROWS || (progress?.totalRows ?? 0) >= LARGE_EXPORT_ROWS;
  const done = progress?.stage === 'done';

  useEffect(() => {
    if (!done || !progress) return undefined;
    setFinished(progress.rows);
    const timer = setTimeout(() => setKey(null), 1500);
    return () => clearTimeout(timer);
  }, [done, progress]);

  const withKey = key ? `${href}${href.includes('?') ? '&' : '?'}progressKey=${key}` : href;
  const detail = progress
    ? [`${progress.rows.toLocaleString('en-US')} of ${(progress.totalRows ?? total).toLocaleString('en-US')} rows`, formatRate(rowsPerSecond), formatTimeLeft(secondsLeft)].filter(Boolean).join(' · ')
    : 'starting…';

  return (
    <div className="flex flex-col items-end gap-1">
      <a
        href={withKey}
        className={buttonClasses('secondary', 'sm')}
        data-testid="download-csv"
        data-hydrated={hydrated ? 'true' : undefined}
        data-rows={total}
        download
        onClick={(event) => {
          if (key && !done) {
            event.preventDefault();
            return;
          }
          // The key is set first; the download then starts with it in the URL.
          event.preventDefault();
          const next = progressKey();
          setFinished(null);
          setKey(next);
          const a = document.createElement('a');
          a.href = `${href}${href.includes('?') ? '&' : '?'}progressKey=${next}`;
          a.download = '';
          document.body.append(a);
          a.click();
          a.remove();
        }}
        aria-busy={key !== null && !done}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M10 3v10m0 0-4-4m4 4 4-4M4 15v2h12v-2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {key && !done ? 'Downloading…' : 'Download CSV'}
      </a>
      {large && key && !done ? (
        <div className="w-64" data-testid="download-progress">
          <ProgressBar testId="csv-progress" label="Writing the CSV" fraction={progress?.totalRows ? progress.rows / progress.totalRows : null} detail={detail} />
        </div>
      ) : null}
      {finished !== null && !key && (finished >= LARGE_EXPORT_ROWS || total >= LARGE_EXPORT_ROWS) ? (
        <p className="text-xs text-slate-600" role="status" data-testid="download-finished">
          {finished.toLocaleString('en-US')} rows written to the file.
        </p>
      ) : null}
    </div>
  );
}
