import { ROLE_LABELS, type GrantRole, type MemberRole } from '@/server/auth/roles';
import type { SelectOption } from '../../../../_components/ui/select';

/** The roles an organization of this kind has, strongest first. */
export function rolesFor(kind: 'importer' | 'provider'): MemberRole[] {
  return kind === 'provider' ? ['owner', 'account_manager'] : ['owner', 'admin', 'planner', 'viewer'];
}

/** Role options; only an owner may hand out the owner role. */
export function roleOptions(kind: 'importer' | 'provider', myRole: MemberRole): SelectOption[] {
  return rolesFor(kind).map((role) => ({ value: role, label: ROLE_LABELS[role], disabled: role === 'owner' && myRole !== 'owner' }));
}

export const GRANT_ROLE_OPTIONS: { value: GrantRole; label: string; explanation: string }[] = [
  { value: 'planner', label: 'Planner', explanation: 'plans and acts on recommendations' },
  { value: 'viewer', label: 'Viewer', explanation: 'read only' },
];
