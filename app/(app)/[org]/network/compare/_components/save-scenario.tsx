'use client';
/** Saves one column of the comparison (its open locations and the parameters) as a named scenario. */
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { NetworkParameters } from '@/server/services/network-compare/schemas';
import { useTRPCClient } from '../../../../../_trpc/client';
import { Button } from '../../../../../_components/ui/button';
import { inputClasses } from '../../../../../_components/ui/field';
import { errorMessage, fieldErrors } from '../../../../../_components/forms/trpc-error';

export function SaveScenario({ org, openLocationIds, parameters, defaultName, label }: { org: string; openLocationIds: string[]; parameters: NetworkParameters; defaultName: string; label: string }) {
  const client = useTRPCClient();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(defaultName);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const scenario = await client.scenarios.create.mutate({ org, name, openLocationIds, parameters });
      router.push(`/${org}/network/scenarios/${scenario.id}`);
    } catch (e) {
      setError(fieldErrors(e).name ?? errorMessage(e));
      setPending(false);
    }
  }

  if (!open) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)} data-testid="save-scenario-open">
        Save “{label}” as a scenario
      </Button>
    );
  }
  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-2" aria-label={`Save ${label} as a scenario`}>
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">Scenario name</label>
        <input id={id} className={inputClasses} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      </div>
      <Button type="submit" size="sm" pending={pending} pendingText="Saving…" data-testid="save-scenario-submit">Save scenario</Button>
      <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>Cancel</Button>
      {error ? <p id={`${id}-error`} className="w-full text-sm text-red-700">{error}</p> : null}
    </form>
  );
}
