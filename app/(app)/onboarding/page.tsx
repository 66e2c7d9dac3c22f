import type { Metadata } from 'next';
import Link from 'next/link';
import { getCaller } from '../../_trpc/server';
import { PlainHeader } from '../../_components/layout/plain-header';
import { CreateOrganizationForm } from './_components/create-organization-form';

export const metadata: Metadata = { title: 'Create your organization' };
export const dynamic = 'force-dynamic';

export default async function OnboardingPage() {
  const caller = await getCaller();
  const [user, organizations] = await Promise.all([caller.account.me(), caller.account.organizations()]);
  return (
    <div className="min-h-screen">
      <PlainHeader user={user} />
      <main className="mx-auto max-w-xl px-4 py-10">
        <h1 className="text-2xl font-semibold text-slate-900">Create your organization</h1>
        <p className="mt-2 text-sm text-slate-600">
          An organization holds your locations, SKUs, stock and orders, and the people who work on them. You become its owner.
        </p>
        <div className="mt-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <CreateOrganizationForm />
        </div>
        {organizations.length > 0 ? (
          <p className="mt-6 text-sm text-slate-600">
            Not now?{' '}
            <Link href="/" className="font-medium text-brand-600 hover:underline">
              Back to your organizations
            </Link>
          </p>
        ) : null}
      </main>
    </div>
  );
}
