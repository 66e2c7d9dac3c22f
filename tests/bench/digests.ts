/**
 * `npm run bench -- digests`: 1,000 digest recipients across 100 organizations, sent to a local SMTP
 * server (smtp-server) from a throwaway Postgres server, by two app instances ticking at the same
 * scheduled minute (Monday 08:00 America/Chicago). Each organization has a week of KPI rollups, so every
 * digest is a full one (figures, missed regions, chart PNG).
 *
 * The SMTP peer runs in its own process (tests/bench/_smtp-sink.ts), like a real relay.
 * Figures: recipients, seconds (from the tick to the last message accepted), duplicates (messages beyond
 * the first per recipient, organization and period), missing (recipients without their digest),
 * per_second. Bar (issue 11): all sent within 120 s, none twice.
 * Options: `--tenants=N --per-tenant=M --concurrency=C`.
 */
import { randomBytes } from 'node:crypto';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openDatabase, withGlobal, withTenant } from '@/db/client';
import { kpiDaily, inventoryDaily, locations, memberships, organizations, regions, slas, users } from '@/db/schema';
import { newId } from '@/db/schema/ids';
// @ts-expect-error -- plain ES module without types
import { startThrowawayPostgres } from '../../scripts/pg-server.mjs';

const MONDAY_8AM_CHICAGO = new Date('2026-11-02T14:00:00Z');
const WEEK_DAYS = ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01'];

function option(args: string[], name: string, fallback: number): number {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
}

export default async function bench(args: string[]): Promise<Record<string, string | number>> {
  // Measure what production runs: React's production build renders the emails (loaded after this line).
  Object.assign(process.env, { NODE_ENV: 'production', AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString('base64') });
  const { deliverDueDigests } = await import('@/server/services/digests/run-due');
  const tenants = option(args, 'tenants', 100);
  const perTenant = option(args, 'per-tenant', 10);
  const concurrency = option(args, 'concurrency', 6);
  const recipients = tenants * perTenant;

  const received = new Map<string, number>();
  let lastAcceptedAt = 0;
  const sink = fork(fileURLToPath(new URL('./_smtp-sink.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    sink.on('message', (m: { port?: number; accepted?: string[] }) => {
      if (m.port) resolve(m.port);
      for (const key of m.accepted ?? []) received.set(key, (received.get(key) ?? 0) + 1);
      if (m.accepted) lastAcceptedAt = performance.now();
    });
    sink.on('exit', () => reject(new Error('the SMTP sink exited')));
  });
  const smtpUrl = `smtp://127.0.0.1:${port}/?pool=true&maxConnections=${concurrency * 2}`;

  const server = await startThrowawayPostgres();
  const first = await openDatabase({ url: server.url });
  const second = await openDatabase({ url: server.url, migrate: false });
  try {
    console.log(`[bench digests] seeding ${tenants} organizations x ${perTenant} readers`);
    const since = new Date('2026-01-01T00:00:00Z');
    for (let t = 0; t < tenants; t++) {
      const orgId = newId();
      await withGlobal(first.db, async (tx) => {
        await tx.insert(organizations).values({ id: orgId, slug: `bench-${t}`, name: `Bench ${t}`, timezone: 'America/Chicago', currency: 'USD' });
        const people = Array.from({ length: perTenant }, (_, i) => ({ id: newId(), email: `reader-${t}-${i}@bench.test`, name: `Reader ${t}-${i}` }));
        await tx.insert(users).values(people);
        await tx.insert(memberships).values(people.map((p, i) => ({ organizationId: orgId, userId: p.id, role: i === 0 ? ('owner' as const) : ('admin' as const), createdAt: since })));
      });
      await withTenant(first.db, orgId, async (tx) => {
        const regionIds = [newId(), newId()];
        const locationId = newId();
        await tx.insert(regions).values(regionIds.map((id, i) => ({ tenantId: orgId, id, code: `R${i + 1}`, name: `Region ${i + 1}`, country: 'US', postalPrefixes: [`${i + 1}`], centroidLat: 40, centroidLng: -90 })));
        await tx.insert(locations).values({ tenantId: orgId, id: locationId, code: 'L1', name: 'Central', country: 'US', isCentral: true, lat: 35, lng: -90 });
        await tx.insert(slas).values(regionIds.map((regionId, i) => ({ tenantId: orgId, regionId, effectiveFrom: '2026-01-01', targetDeliveryDays: 2 + i, targetFillRate: 0.95, targetCycleServiceLevel: 0.9 })));
        const days = ['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25', ...WEEK_DAYS];
        await tx.insert(kpiDaily).values(
          days.flatMap((day, d) =>
            regionIds.map((regionId, r) => {
              const ordersCount = 20 + ((t + d + r) % 7);
              const delivered = ordersCount - 2;
              return {
                tenantId: orgId,
                day,
                regionId,
                locationId,
                ordersCount,
                unitsOrdered: ordersCount * 4,
                unitsShipped: ordersCount * 4,
                unitsShippedFirst: ordersCount * 4 - ((t + d) % 9),
                completeOrders: ordersCount - ((t + d) % 5),
                deliveredOrders: delivered,
                onTimeOrders: delivered - ((t + d + r) % 6),
                deliveryDaysSum: delivered * (1.5 + r + ((t % 3) * 0.4)),
                shippingCostSum: ordersCount * 9.5,
              };
            }),
          ),
        );
        await tx.insert(inventoryDaily).values({ tenantId: orgId, day: '2026-10-30', locationId, units: 5000, value: 120_000 + t });
      });
    }

    console.log(`[bench digests] two instances tick at ${MONDAY_8AM_CHICAGO.toISOString()} (Monday 08:00 America/Chicago), ${concurrency} deliveries at a time each`);
    const started = performance.now();
    const at = new Date(MONDAY_8AM_CHICAGO.getTime() + 30_000);
    const [a, b] = await Promise.all(
      [first, second].map((h) => deliverDueDigests({ db: h.db, smtpUrl, origin: 'https://footprint.example.com' }, { now: at, concurrency })),
    );
    // The sink reports over IPC after it answered 250: wait for the reports of every message sent.
    const sentCount = (a!.outcomes.sent ?? 0) + (b!.outcomes.sent ?? 0);
    for (let waited = 0; waited < 10_000 && [...received.values()].reduce((n, c) => n + c, 0) < sentCount; waited += 50) await new Promise((r) => setTimeout(r, 50));
    const finished = performance.now();
    const errors = [...a!.errors, ...b!.errors];
    if (errors.length) console.log(`[bench digests] ${errors.length} errors, first: ${errors[0]}`);
    console.log(`[bench digests] instance outcomes: ${JSON.stringify(a!.outcomes)} / ${JSON.stringify(b!.outcomes)}`);
    const delivered = received.size;
    const duplicates = [...received.values()].reduce((n, c) => n + (c - 1), 0);
    const seconds = ((lastAcceptedAt || finished) - started) / 1000;
    console.log(`[bench digests] ${delivered} of ${recipients} readers got their digest in ${seconds.toFixed(1)} s; ${duplicates} duplicates; bar: all within 120 s, none twice -> ${delivered === recipients && duplicates === 0 && seconds <= 120 ? 'met' : 'NOT met'}`);
    return {
      recipients,
      seconds: Number(seconds.toFixed(2)),
      duplicates,
      per_second: Number((delivered / seconds).toFixed(1)),
      missing: recipients - delivered,
      tenants,
    };
  } finally {
    await second.close();
    await first.close();
    server.stop();
    sink.disconnect();
  }
}
