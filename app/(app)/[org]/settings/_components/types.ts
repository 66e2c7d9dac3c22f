import type { inferRouterOutputs } from '@trpc/server';
import type { MemberRole } from '@/server/auth/roles';
import type { AppRouter } from '@/server/trpc/root';

type Outputs = inferRouterOutputs<AppRouter>;
export type MemberRow = Outputs['members']['list'][number];
export type InvitationRow = Outputs['invitations']['list'][number];
export type GrantRow = Outputs['providerAccess']['list'][number];

/** What every settings block needs to know about the organization and the viewer. */
export interface SettingsOrg {
  slug: string;
  name: string;
  kind: 'importer' | 'provider';
  timezone: string;
  role: MemberRole;
  isAdmin: boolean;
}
