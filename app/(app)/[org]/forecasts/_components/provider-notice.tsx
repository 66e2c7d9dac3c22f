import Link from 'next/link';
import { PageHeading } from '../../../../_components/tables/page-heading';
import { buttonClasses } from '../../../../_components/ui/button';
import { EmptyState } from '../../../../_components/ui/empty-state';

/** A 3PL organization plans nothing of its own: the planning pages lead to its clients instead. */
export function ProviderNotice({ title, name }: { title: string; org: string; name: string }) {
  return (
    <div>
      <PageHeading title={title} />
      <EmptyState title="Planning belongs to your clients" action={<Link href="/portfolio" className={buttonClasses('primary')}>Open the portfolio</Link>}>
        {name} is a 3PL organization and holds no inventory of its own. Open a client from the portfolio to see its forecasts, stock targets and recommendations.
      </EmptyState>
    </div>
  );
}
