'use client';
import { useMutation } from '@tanstack/react-query';
import { useState, useTransition } from 'react';
import { signOutAction } from '@/app/(auth)/actions';
import { useTRPC } from '@/app/_trpc/client';
import { errorMessage } from '../forms/trpc-error';
import { MenuButton, MenuSeparator, menuItemClasses } from '../ui/menu';
import { Notice } from '../ui/notice';
import type { ShellUser } from './shell-types';

function initials(user: ShellUser): string {
  const source = user.name?.trim() || user.email;
  const parts = source.split(/[\s@.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (user.name ? (parts[1]?.[0] ?? '') : '')).toUpperCase();
}

/** The user's name and email, Sign out (this browser) and Sign out everywhere (every session). */
export function UserMenu({ user }: { user: ShellUser }) {
  const trpc = useTRPC();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const everywhere = useMutation(trpc.account.signOutEverywhere.mutationOptions());

  function signOutEverywhere() {
    setError(null);
    startTransition(async () => {
      try {
        await everywhere.mutateAsync({});
      } catch (e) {
        setError(errorMessage(e, 'We could not end your other sessions. Try again.'));
        return;
      }
      await signOutAction();
    });
  }

  return (
    <>
      <MenuButton
        label={`${initials(user)}, account menu`}
        align="right"
        testId="user-menu"
        buttonClassName="p-1 hover:bg-slate-100"
        button={
          <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white">
            {initials(user)}
          </span>
        }
      >
        <div className="border-b border-slate-200 px-3 py-2">
          <p className="truncate text-sm font-medium text-slate-900">{user.name ?? user.email}</p>
          {user.name ? <p className="truncate text-xs text-slate-500">{user.email}</p> : null}
        </div>
        <form action={signOutAction} role="none">
          <button type="submit" role="menuitem" tabIndex={-1} className={menuItemClasses}>
            Sign out
          </button>
        </form>
        <MenuSeparator />
        <button type="button" role="menuitem" tabIndex={-1} className={menuItemClasses} onClick={signOutEverywhere} disabled={pending} aria-disabled={pending || undefined}>
          {pending ? 'Signing out everywhere…' : 'Sign out everywhere'}
        </button>
      </MenuButton>
      {error ? (
        <div className="fixed right-4 bottom-4 z-50 max-w-sm">
          <Notice tone="error">{error}</Notice>
        </div>
      ) : null}
    </>
  );
}
