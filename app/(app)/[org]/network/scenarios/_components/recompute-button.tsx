'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTRPCClient } from '../../../../../_trpc/client';
import { Button } from '../../../../../_components/ui/button';
import { errorMessage } from '../../../../../_components/forms/trpc-error';

/** Recomputes a scenario's figures on today's data (new orders, changed lanes or costs). */
export function RecomputeButton({ org, id }: { org: string; id: string }) {
  const client = useTRPCClient();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setPending(true);
    setError(null);
    try {
      await client.scenarios.recompute.mutate({ org, id });
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" size="sm" onClick={run} pending={pending} pendingText="Computing…">
        Recompute
      </Button>
      {error ? <span className="text-sm text-red-700" role="alert">{error}</span> : null}
    </span>
  );
}
