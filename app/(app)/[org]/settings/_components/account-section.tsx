'use client';
import { useMutation } from '@tanstack/react-query';
import { useState, useTransition, type FormEvent } from 'react';
import { signOutAction } from '@/app/(auth)/actions';
import { useTRPC } from '@/app/_trpc/client';
import { errorMessage, fieldErrors } from '@/app/_components/forms/trpc-error';
import { Button } from '@/app/_components/ui/button';
import { TextField } from '@/app/_components/ui/field';
import { Notice } from '@/app/_components/ui/notice';
import { changePasswordInput } from '@/server/services/account/schemas';
import { SettingsSection } from './settings-section';

/**
 * The signed-in person's own account: change the password, or end every session (lost laptop, shared
 * computer). Both end this session too, so they lead back to the sign-in page.
 */
export function AccountSection({ email }: { email: string }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const everywhere = useMutation(trpc.account.signOutEverywhere.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = changePasswordInput.safeParse({ currentPassword: form.get('currentPassword'), newPassword: form.get('newPassword') });
    setError(null);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    startTransition(async () => {
      try {
        await change.mutateAsync(parsed.data);
      } catch (e) {
        setErrors(fieldErrors(e));
        setError(errorMessage(e, 'We could not change your password. Try again.'));
        return;
      }
      await signOutAction();
    });
  }

  function signOutEverywhere() {
    setError(null);
    startTransition(async () => {
      try {
        await everywhere.mutateAsync({});
      } catch (e) {
        setError(errorMessage(e, 'We could not end your sessions. Try again.'));
        return;
      }
      await signOutAction();
    });
  }

  return (
    <SettingsSection id="account" title="Your account" description={`Signed in as ${email}. These settings are yours, not the organization's.`}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form onSubmit={submit} noValidate className="grid max-w-xl gap-4 sm:grid-cols-2" data-testid="change-password-form">
        <TextField id="current-password" name="currentPassword" type="password" autoComplete="current-password" label="Current password" error={errors.currentPassword} />
        <TextField id="new-password" name="newPassword" type="password" autoComplete="new-password" label="New password" hint="At least 8 characters." error={errors.newPassword} />
        <div className="sm:col-span-2">
          <Button type="submit" pending={pending && change.isPending} pendingText="Changing…" disabled={pending}>
            Change password
          </Button>
          <p className="mt-2 text-xs text-slate-500">Changing your password signs you out everywhere, here included.</p>
        </div>
      </form>
      <div className="border-t border-slate-200 pt-4">
        <h3 className="text-sm font-medium text-slate-900">Sessions</h3>
        <p className="mt-1 text-sm text-slate-600">Signed in on a computer you no longer use? End every session of your account, on every device.</p>
        <Button variant="secondary" className="mt-3" onClick={signOutEverywhere} pending={pending && everywhere.isPending} pendingText="Signing out everywhere…" disabled={pending}>
          Sign out everywhere
        </Button>
      </div>
    </SettingsSection>
  );
}
