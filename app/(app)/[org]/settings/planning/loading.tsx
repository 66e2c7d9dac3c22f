import { PageSkeleton } from '../../forecasts/_components/page-skeleton';

export default function Loading() {
  return <PageSkeleton title="Planning settings" label="Loading the planning settings…" />;
}
