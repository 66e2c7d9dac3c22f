/**
 * A download that reads the database for as long as it streams: one transaction scoped to the tenant
 * (row-level security on, as the app role) stays open while the response body is pulled, and the
 * producer waits whenever the client is slower than the database (memory stays at about one chunk).
 * A client that goes away ends the transaction (rolled back: an export writes nothing).
 */
import type { Database, Tx } from '@/db/client';
import { setTenant, withGlobal } from '@/db/client';
import { resolveTenant, type TenantContext } from '../../services/tenancy/resolve-tenant';

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled by the client');
  }
}

export type Push = (chunk: Uint8Array | string) => Promise<void>;

const HIGH_WATER_BYTES = 1 << 20;

export interface TenantStreamScope {
  db: Database;
  userId: string;
  /** The organization's slug: access is resolved again inside the streaming transaction. */
  org: string;
}

/**
 * The body of a streamed response: `produce` runs inside the tenant's transaction and hands its chunks
 * to `push`, which resolves when the client wants more (and rejects with ExportCancelled once it left).
 * The caller has checked access and input before the response started (through the API); the access is
 * resolved again here, in the transaction that reads.
 */
export function tenantStream(scope: TenantStreamScope, produce: (tx: Tx, tenant: TenantContext, push: Push) => Promise<void>, onEnd?: (error: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let resume: (() => void) | null = null;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const push: Push = async (chunk) => {
          if (cancelled) throw new ExportCancelled();
          controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
          while ((controller.desiredSize ?? 1) <= 0 && !cancelled) await new Promise<void>((r) => (resume = r));
          if (cancelled) throw new ExportCancelled();
        };
        void withGlobal(scope.db, async (tx) => {
          const tenant = await resolveTenant(tx, scope.userId, scope.org);
          await setTenant(tx, tenant.id);
          await produce(tx, tenant, push);
        }).then(
          () => {
            onEnd?.(null);
            if (!cancelled) controller.close();
          },
          (error: unknown) => {
            onEnd?.(error);
            if (cancelled || error instanceof ExportCancelled) return;
            console.error('[export] failed while streaming', error);
            controller.error(error);
          },
        );
      },
      pull() {
        const r = resume;
        resume = null;
        r?.();
      },
      cancel() {
        cancelled = true;
        const r = resume;
        resume = null;
        r?.();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER_BYTES }),
  );
}
