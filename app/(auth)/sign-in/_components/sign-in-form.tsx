'use client';
import { useActionState, useRef, useState, type ReactNode } from 'react';
import { sendMagicLink, signInWithPassword, type FormState } from '../../actions';
import { Button } from '../../../_components/ui/button';
import { TextField } from '../../../_components/ui/field';
import { Notice } from '../../../_components/ui/notice';
import { DemoLogins, type DemoAccount } from './demo-logins';

export interface SignInFormProps {
  callbackUrl: string;
  demoAccounts: DemoAccount[];
  demoPassword: string;
  /** Shown between the form and the demo logins (the sign-up link). */
  children?: ReactNode;
}

/**
 * One email field, two ways in: "Sign in" posts email + password; "Email me a sign-in link" posts
 * the same email to the magic-link action (no password needed, so the browser's check is skipped).
 */
export function SignInForm({ callbackUrl, demoAccounts, demoPassword, children }: SignInFormProps) {
  const [passwordState, passwordAction, signingIn] = useActionState<FormState, FormData>(signInWithPassword, {});
  const [linkState, linkAction, sendingLink] = useActionState<FormState, FormData>(sendMagicLink, {});
  const [mode, setMode] = useState<'password' | 'link'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submitRef = useRef<HTMLButtonElement>(null);

  const state = mode === 'password' ? passwordState : linkState;
  const emailError = state.fieldErrors?.email;
  const pending = signingIn || sendingLink;

  return (
    <div className="space-y-6">
      <form action={passwordAction} className="space-y-4" data-testid="sign-in-form">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <TextField
          id="sign-in-email"
          name="email"
          type="email"
          label="Email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError}
        />
        <TextField
          id="sign-in-password"
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {state.error ? (
          <Notice tone="error" testId="sign-in-error">
            {state.error}
          </Notice>
        ) : null}
        {mode === 'link' && linkState.sent ? <Notice tone="success">Check your email for a sign-in link.</Notice> : null}
        <Button ref={submitRef} type="submit" className="w-full" pending={signingIn} pendingText="Signing in…" disabled={pending} onClick={() => setMode('password')}>
          Sign in
        </Button>
        <div className="flex items-center gap-3 text-xs text-slate-500" aria-hidden="true">
          <span className="h-px flex-1 bg-slate-200" />
          or, without a password
          <span className="h-px flex-1 bg-slate-200" />
        </div>
        <Button
          type="submit"
          variant="secondary"
          className="w-full"
          formAction={linkAction}
          formNoValidate
          pending={sendingLink}
          pendingText="Sending link…"
          disabled={pending}
          onClick={() => setMode('link')}
        >
          Email me a sign-in link
        </Button>
      </form>
      {children}
      {demoAccounts.length > 0 ? (
        <DemoLogins
          accounts={demoAccounts}
          password={demoPassword}
          onFill={(account) => {
            setMode('password');
            setEmail(account.email);
            setPassword(demoPassword);
            submitRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
