import { Spinner } from '../../../../_components/ui/spinner';

/** What a planning page shows while its server part loads: its title, a chart-shaped block and rows. */
export function PageSkeleton({ title, label }: { title: string; label: string }) {
  return (
    <div aria-busy="true" className="space-y-5">
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <div className="flex items-center gap-2 text-sm text-slate-600">
        <Spinner label={label} />
      </div>
      <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-slate-100" />
      <div className="space-y-2">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
