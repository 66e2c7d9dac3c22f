import { PageSkeleton } from '../forecasts/_components/page-skeleton';

export default function Loading() {
  return <PageSkeleton title="Stock targets" label="Loading stock targets…" />;
}
