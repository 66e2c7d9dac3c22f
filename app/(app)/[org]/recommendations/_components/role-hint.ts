import { ROLE_LABELS, type MemberRole } from '@/server/auth/roles';

/** Why a button is missing, for someone below the planner role: the role needed, theirs, and who can change it. */
export function plannerRoleHint(org: { name: string; role: MemberRole; via?: string }, action: string): string {
  const role = ROLE_LABELS[org.role].toLowerCase();
  const article = /^[aeiou]/.test(role) ? 'an' : 'a';
  const who = org.via === 'grant' ? `You work in ${org.name} through your 3PL’s ${role} grant; an owner or admin of ${org.name} can change the grant’s role.` : `You are ${article} ${role}; an owner or admin can change your role in Settings → Members.`;
  return `${action} needs the planner role or higher. ${who}`;
}
