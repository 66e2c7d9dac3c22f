/** A labelled progress bar; without a fraction it is indeterminate (still announced). */
export function ProgressBar({ label, fraction, detail, testId = 'import-progress' }: { label: string; fraction: number | null; detail?: string; testId?: string }) {
  const percent = fraction === null ? null : Math.max(0, Math.min(100, Math.round(fraction * 100)));
  return (
    <div className="space-y-1" data-testid={testId}>
      <div className="flex justify-between text-sm text-slate-700">
        <span>{label}</span>
        <span className="tabular-nums">{percent === null ? detail : `${percent} %${detail ? ` · ${detail}` : ''}`}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? detail : `${percent} percent`}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full rounded-full bg-brand-600 transition-all ${percent === null ? 'w-1/3 animate-pulse' : ''}`} style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}
