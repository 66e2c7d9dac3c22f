import { Spinner } from '../../../../_components/ui/spinner';

export default function Loading() {
  return (
    <div className="flex min-h-64 items-center justify-center text-slate-600">
      <Spinner label="Loading scenarios…" />
    </div>
  );
}
