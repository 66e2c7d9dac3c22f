import { Spinner } from '../../../../../_components/ui/spinner';

/** While the dashboard's figures load: the page's shape, so nothing jumps. */
export default function DashboardLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-live="polite">
      <div className="flex items-center gap-3 text-slate-600">
        <Spinner />
        <span>Loading the dashboard…</span>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 12 }, (_, i) => (
          <div key={i} className="h-32 animate-pulse rounded-lg border border-slate-200 bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
