import Link from 'next/link';
import { EmptyState } from '../ui/empty-state';
import { buttonClasses } from '../ui/button';

/**
 * A 3PL (provider) organization holds no inventory of its own: inventory pages opened in it say so
 * and lead to the clients' organizations, instead of offering actions that cannot apply.
 */
export function ProviderNotice({ orgName, what }: { orgName: string; what: string }) {
  const verb = what.endsWith('s') ? 'belong' : 'belongs';
  return (
    <EmptyState title={`${what[0]?.toUpperCase()}${what.slice(1)} ${verb} to your clients`} action={<Link href="/portfolio" className={buttonClasses('primary')}>Open the portfolio</Link>}>
      {orgName} is a 3PL organization and holds no inventory of its own. Open a client from the portfolio to work on its {what}.
    </EmptyState>
  );
}
