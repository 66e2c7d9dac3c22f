import type { Metadata } from 'next';
import Link from 'next/link';
import { localPath } from '../../_components/forms/local-path';
import { SignUpForm } from './_components/sign-up-form';

export const metadata: Metadata = { title: 'Create your account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = localPath(params.callbackUrl);
  const signInHref = callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-in';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Create your Footprint account</h1>
        <p className="mt-1 text-sm text-slate-600">You become the owner of a new organization. You can invite your team and your 3PL afterwards.</p>
      </div>
      <SignUpForm callbackUrl={callbackUrl ?? ''} />
      <p className="text-center text-sm text-slate-600">
        Already have an account?{' '}
        <Link href={signInHref} className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
