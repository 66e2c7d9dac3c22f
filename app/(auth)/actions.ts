'use server';
/** Server actions for the sign-in, sign-up and magic-link forms (Auth.js sets the session cookie). */
import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/server/auth';
import { getDb } from '@/db/instance';
import { signUp } from '@/server/services/account/sign-up';
import { signUpInput } from '@/server/services/account/schemas';
import { Conflict } from '@/server/errors';

export interface FormState {
  error?: string;
  fieldErrors?: Record<string, string>;
  retryAfterSeconds?: number;
  sent?: boolean;
}

function safeRedirect(target: FormDataEntryValue | null): string {
  const value = typeof target === 'string' ? target : '';
  return value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export async function signInWithPassword(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirectTo: safeRedirect(form.get('callbackUrl')) });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code ?? '';
      const limited = /^rate_limited:(\d+)$/.exec(code);
      if (limited) {
        const seconds = Number(limited[1]);
        const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
        return { error: `Too many attempts for this account. Try again in ${wait}, or email yourself a sign-in link below.`, retryAfterSeconds: seconds };
      }
      return { error: 'Wrong email or password.' };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function sendMagicLink(_prev: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get('email') ?? '').trim();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return { fieldErrors: { email: 'Enter a valid email address.' } };
  try {
    await signIn('nodemailer', { email, redirectTo: safeRedirect(form.get('callbackUrl')) });
    return { sent: true };
  } catch (error) {
    if (error instanceof AuthError) return { error: 'We could not send the link. Try again in a moment.' };
    throw error;
  }
}

export async function signUpWithPassword(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = signUpInput.safeParse({
    name: form.get('name'),
    email: form.get('email'),
    password: form.get('password'),
    organizationName: form.get('organizationName') || undefined,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { fieldErrors };
  }
  const callbackUrl = safeRedirect(form.get('callbackUrl'));
  let target: string;
  try {
    const { organization } = await signUp({ db: await getDb(), input: parsed.data });
    // Back to where sign-up was asked from (an invitation), else the new organization, else onboarding.
    target = callbackUrl !== '/' ? callbackUrl : organization ? `/${organization.slug}/dashboard` : '/onboarding';
  } catch (error) {
    if (error instanceof Conflict) return { fieldErrors: { email: error.message } };
    throw error;
  }
  await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: target });
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}
