import type { MemberRole } from '@/server/auth/roles';

/** An organization the user can open (a membership, or a client granted to their 3PL). */
export interface ShellOrganization {
  slug: string;
  name: string;
  kind: 'importer' | 'provider';
  role: MemberRole;
  via: 'membership' | 'grant';
  throughProvider?: string;
}

export interface ShellUser {
  name: string | null;
  email: string;
}

/** Where opening an organization lands: a 3PL's own organization has no inventory, so its settings. */
export function organizationHome(org: { slug: string; kind: 'importer' | 'provider' }): string {
  return org.kind === 'provider' ? `/${org.slug}/settings` : `/${org.slug}/dashboard`;
}
