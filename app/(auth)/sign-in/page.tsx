import type { Metadata } from 'next';
import Link from 'next/link';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/db/seed/demo-accounts';
import { firstParam, localPath } from '../../_components/forms/local-path';
import { Notice } from '../../_components/ui/notice';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

/** Auth.js reports failures as `?error=<type>`: say what happened, politely. */
const AUTH_ERRORS: Record<string, string> = {
  CredentialsSignin: 'Wrong email or password.',
  Verification: 'That sign-in link has expired or was already used. Ask for a new one below.',
  AccessDenied: 'This account cannot sign in. Contact your organization’s owner if you think this is a mistake.',
  EmailSignin: 'We could not send the sign-in link. Try again in a moment.',
  SessionRequired: 'Please sign in to continue.',
  MissingCSRF: 'Your sign-in form expired. Please try again.',
  Configuration: 'Sign-in is not available right now because of a server problem. Try again in a moment.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = localPath(params.callbackUrl);
  const authError = firstParam(params.error);
  const signUpHref = callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-up';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Sign in to Footprint</h1>
        <p className="mt-1 text-sm text-slate-600">Use your password, or get a one-time sign-in link by email.</p>
      </div>
      {authError ? (
        <Notice tone="error" testId="auth-error">
          {AUTH_ERRORS[authError] ?? 'Sign-in did not work. Please try again.'}
        </Notice>
      ) : null}
      <SignInForm callbackUrl={callbackUrl ?? ''} demoAccounts={DEMO_ACCOUNTS.map((a) => ({ ...a }))} demoPassword={DEMO_PASSWORD}>
        <p className="text-center text-sm text-slate-600">
          New to Footprint?{' '}
          <Link href={signUpHref} className="font-medium text-brand-600 hover:underline">
            Create an account
          </Link>
        </p>
      </SignInForm>
    </div>
  );
}
