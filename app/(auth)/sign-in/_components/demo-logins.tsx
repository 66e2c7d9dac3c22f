'use client';
import { Button } from '../../../_components/ui/button';

export interface DemoAccount {
  email: string;
  name: string;
  description: string;
}

/** The seeded demo logins, each with a button that fills the sign-in form. */
export function DemoLogins({ accounts, password, onFill }: { accounts: DemoAccount[]; password: string; onFill: (account: DemoAccount) => void }) {
  return (
    <section aria-labelledby="demo-logins-title" className="rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="demo-logins">
      <h2 id="demo-logins-title" className="text-sm font-semibold text-slate-900">
        Demo logins
      </h2>
      <p className="mt-1 text-xs text-slate-600">
        Password for every demo account: <code className="rounded bg-white px-1 py-0.5 font-mono text-slate-800 ring-1 ring-slate-200">{password}</code>
      </p>
      <ul className="mt-3 divide-y divide-slate-200">
        {accounts.map((account) => (
          <li key={account.email} className="flex items-center justify-between gap-3 py-2">
            <div className="min-w-0">
              <p className="truncate text-sm font-medium text-slate-900">{account.name}</p>
              <p className="truncate font-mono text-xs text-slate-700">{account.email}</p>
              <p className="text-xs text-slate-500">{account.description}</p>
            </div>
            <Button variant="secondary" size="sm" onClick={() => onFill(account)} aria-label={`Fill in the login of ${account.name}`} data-testid={`demo-fill-${account.email}`}>
              Fill
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
