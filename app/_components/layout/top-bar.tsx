'use client';
import { ROLE_LABELS, type MemberRole } from '@/server/auth/roles';
import { Badge } from '../ui/badge';
import { OrgSwitcher } from './org-switcher';
import type { ShellOrganization, ShellUser } from './shell-types';
import { UserMenu } from './user-menu';

export interface TopBarProps {
  org: { slug: string; name: string; role: MemberRole };
  organizations: readonly ShellOrganization[];
  user: ShellUser;
  sidebarId: string;
  sidebarOpen: boolean;
  onOpenSidebar: () => void;
}

export function TopBar({ org, organizations, user, sidebarId, sidebarOpen, onOpenSidebar }: TopBarProps) {
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-slate-200 bg-white/95 px-3 backdrop-blur sm:px-4">
      <button
        type="button"
        onClick={onOpenSidebar}
        aria-label="Open menu"
        aria-controls={sidebarId}
        aria-expanded={sidebarOpen}
        className="rounded-md p-2 text-slate-600 hover:bg-slate-100 md:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M3 5h14M3 10h14M3 15h14" strokeLinecap="round" />
        </svg>
      </button>
      <OrgSwitcher current={org} organizations={organizations} />
      <Badge tone="brand" className="shrink-0">
        <span className="sr-only">Your role: </span>
        <span data-testid="current-role">{ROLE_LABELS[org.role]}</span>
      </Badge>
      <div className="ml-auto">
        <UserMenu user={user} />
      </div>
    </header>
  );
}
