'use client';
import { useActionState, useState, type ChangeEvent } from 'react';
import { signUpWithPassword, type FormState } from '../../actions';
import { Button } from '../../../_components/ui/button';
import { TextField } from '../../../_components/ui/field';
import { Notice } from '../../../_components/ui/notice';

type Values = { name: string; email: string; password: string; organizationName: string };

/** Name, email, password and the first organization's name; field errors under each field. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpWithPassword, {});
  // Controlled, so what was typed survives a failed submit (React resets uncontrolled fields).
  const [values, setValues] = useState<Values>({ name: '', email: '', password: '', organizationName: '' });
  const errors = state.fieldErrors ?? {};
  // Someone signing up to accept an invitation joins that organization; a new one of their own is optional.
  const forInvitation = callbackUrl.startsWith('/invite/');
  const bind = (key: keyof Values) => ({ name: key, value: values[key], onChange: (e: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [key]: e.target.value })), error: errors[key] });

  return (
    <form action={action} className="space-y-4" data-testid="sign-up-form">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="sign-up-name" label="Your name" autoComplete="name" required maxLength={100} {...bind('name')} />
      <TextField id="sign-up-email" label="Email" type="email" autoComplete="email" required maxLength={254} {...bind('email')} />
      <TextField id="sign-up-password" label="Password" type="password" autoComplete="new-password" required minLength={8} hint="At least 8 characters. No other rules: a long phrase is a good password." {...bind('password')} />
      <TextField
        id="sign-up-organization"
        label={forInvitation ? 'Organization name (optional)' : 'Organization name'}
        autoComplete="organization"
        required={!forInvitation}
        maxLength={80}
        hint={forInvitation ? 'Leave empty to join only the organization that invited you.' : 'Your company, as your team knows it. You can add more organizations later.'}
        {...bind('organizationName')}
      />
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      {Object.keys(errors).length > 0 && !state.error ? <Notice tone="error">Check the highlighted fields.</Notice> : null}
      <Button type="submit" className="w-full" pending={pending} pendingText="Creating account…">
        Create account
      </Button>
    </form>
  );
}
