import Link from 'next/link';
import type { ShellUser } from './shell-types';
import { UserMenu } from './user-menu';
import { Wordmark } from './wordmark';

/** The header of signed-in pages outside an organization (onboarding, portfolio). */
export function PlainHeader({ user }: { user: ShellUser }) {
  return (
    <header className="flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4">
      <Link href="/" className="rounded-md">
        <Wordmark />
      </Link>
      <UserMenu user={user} />
    </header>
  );
}
