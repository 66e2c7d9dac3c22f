'use client';
import { useCallback, useId, useState, type ReactNode } from 'react';
import { ROLE_LABELS, type MemberRole } from '@/server/auth/roles';
import { Sidebar } from './sidebar';
import { TopBar } from './top-bar';
import type { ShellOrganization, ShellUser } from './shell-types';

export interface AppShellProps {
  org: { slug: string; name: string; kind: 'importer' | 'provider'; role: MemberRole };
  organizations: readonly ShellOrganization[];
  user: ShellUser;
  /** The provider organization, when the user works here through a grant. */
  throughProvider?: string | null;
  children: ReactNode;
}

/** Sidebar, top bar and content of an organization. Below `md` the sidebar is a drawer behind a menu button. */
export function AppShell({ org, organizations, user, throughProvider, children }: AppShellProps) {
  const sidebarId = useId();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div className="min-h-screen md:flex">
      <a href="#main" className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        Skip to content
      </a>
      <Sidebar id={sidebarId} org={org.slug} kind={org.kind} open={open} onClose={close} />
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar org={org} organizations={organizations} user={user} sidebarId={sidebarId} sidebarOpen={open} onOpenSidebar={() => setOpen(true)} />
        {throughProvider ? (
          <p role="note" data-testid="grant-notice" className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
            You are working in <strong>{org.name}</strong> as <strong>{ROLE_LABELS[org.role]}</strong> through <strong>{throughProvider}</strong>.
          </p>
        ) : null}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 p-4 focus:outline-none sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
