import Link from 'next/link';
import type { MemberRole } from '@/server/auth/roles';
import { ROLE_LABELS } from '@/server/auth/roles';
import { getCaller } from '../../_trpc/server';
import { buttonClasses } from '../ui/button';
import type { CurrentOrganization } from './load-organization';

/**
 * What a user sees on a page their role does not allow (instead of a bare 404): the role it needs,
 * the role they have, and who in the organization can change that (its owners and admins).
 */
export async function RoleRequired({ org, needs, action, back }: { org: CurrentOrganization; needs: MemberRole; action: string; back: { href: string; label: string } }) {
  const caller = await getCaller();
  const members = await caller.members.list({ org: org.slug }).catch(() => []);
  const admins = members.filter((m) => m.role === 'owner' || m.role === 'admin');
  const via = org.via === 'grant' ? ' through your 3PL’s access grant' : '';
  return (
    <div className="mx-auto max-w-xl py-8" data-testid="role-required">
      <h1 className="text-2xl font-semibold text-slate-900">You need the {ROLE_LABELS[needs].toLowerCase()} role</h1>
      <p className="mt-3 text-slate-700">
        To {action} in {org.name} you need the {ROLE_LABELS[needs].toLowerCase()} role or higher. You are {articled(ROLE_LABELS[org.role].toLowerCase())}
        {via}.
      </p>
      {org.via === 'grant' ? (
        <p className="mt-3 text-slate-700">Your access comes from {org.name}’s grant to your 3PL: an owner or admin of {org.name} can change the grant’s role in their Settings.</p>
      ) : admins.length > 0 ? (
        <div className="mt-3 text-slate-700">
          <p>Ask an owner or admin to change your role in Settings → Members:</p>
          <ul className="mt-2 space-y-1">
            {admins.map((m) => (
              <li key={m.userId}>
                <a className="text-brand-700 hover:underline" href={`mailto:${m.email}`}>
                  {m.name ?? m.email}
                </a>{' '}
                <span className="text-slate-500">({ROLE_LABELS[m.role as MemberRole]})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Link href={back.href} className={`${buttonClasses('secondary')} mt-6`}>
        ← Back to {back.label}
      </Link>
    </div>
  );
}

function articled(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
