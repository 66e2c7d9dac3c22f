'use client';
import Link from 'next/link';
import { ROLE_LABELS } from '@/server/auth/roles';
import { MenuButton, MenuGroup, MenuSeparator, menuItemClasses } from '../ui/menu';
import { organizationHome, type ShellOrganization } from './shell-types';

export interface OrgSwitcherProps {
  current: { slug: string; name: string };
  organizations: readonly ShellOrganization[];
}

function Check({ on }: { on: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 shrink-0 ${on ? 'text-brand-600' : 'invisible'}`} fill="none" stroke="currentColor" strokeWidth="2">
      <path d="m5 10 3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function OrgItem({ org, current }: { org: ShellOrganization; current: boolean }) {
  return (
    <Link role="menuitem" tabIndex={-1} href={organizationHome(org)} aria-current={current ? 'true' : undefined} className={menuItemClasses} data-testid={`org-option-${org.slug}`}>
      <Check on={current} />
      <span className="min-w-0 flex-1">
        <span className="block truncate font-medium">{org.name}</span>
        <span className="block truncate text-xs text-slate-500">
          {org.via === 'grant' ? `${ROLE_LABELS[org.role]} via ${org.throughProvider ?? 'your 3PL'}` : `${ROLE_LABELS[org.role]}${org.kind === 'provider' ? ' · 3PL' : ''}`}
        </span>
      </span>
    </Link>
  );
}

/** The organization switcher: memberships, clients granted to the user's 3PL, New organization, Portfolio. */
export function OrgSwitcher({ current, organizations }: OrgSwitcherProps) {
  const own = organizations.filter((o) => o.via === 'membership');
  const clients = organizations.filter((o) => o.via === 'grant');
  const isProviderMember = own.some((o) => o.kind === 'provider');
  return (
    <MenuButton
      label={`${current.name}: switch organization`}
      testId="org-switcher"
      buttonClassName="max-w-[14rem] px-2 py-1.5 text-left hover:bg-slate-100 sm:max-w-xs"
      button={
        <>
          <span className="truncate text-sm font-semibold text-slate-900" data-testid="current-org-name">
            {current.name}
          </span>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 text-slate-500" fill="none" stroke="currentColor" strokeWidth="1.8">
            <path d="m6 8 4 4 4-4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </>
      }
    >
      {own.length > 0 ? (
        <MenuGroup label="Your organizations">
          {own.map((o) => (
            <OrgItem key={o.slug} org={o} current={o.slug === current.slug} />
          ))}
        </MenuGroup>
      ) : null}
      {clients.length > 0 ? (
        <MenuGroup label="Client access">
          {clients.map((o) => (
            <OrgItem key={o.slug} org={o} current={o.slug === current.slug} />
          ))}
        </MenuGroup>
      ) : null}
      <MenuSeparator />
      {isProviderMember ? (
        <Link role="menuitem" tabIndex={-1} href="/portfolio" className={menuItemClasses}>
          <Check on={false} />
          Portfolio
        </Link>
      ) : null}
      <Link role="menuitem" tabIndex={-1} href="/onboarding" className={menuItemClasses}>
        <Check on={false} />
        New organization
      </Link>
    </MenuButton>
  );
}
