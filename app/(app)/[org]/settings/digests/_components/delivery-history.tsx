'use client';
import { formatDate, formatDateTime } from '../../../../../_components/format/date';
import { Badge, type BadgeTone } from '../../../../../_components/ui/badge';

export interface DeliveryRow {
  id: string;
  kind: string;
  periodStart: string;
  periodEnd: string | null;
  status: 'claimed' | 'sending' | 'sent' | 'failed' | 'bounced' | 'skipped' | 'unconfirmed';
  attempts: number;
  sentAt: Date | null;
  claimedAt: Date;
  via: string | null;
  error: string | null;
  nextAttemptAt: Date | null;
}

const STATUS: Record<DeliveryRow['status'], { label: string; tone: BadgeTone }> = {
  claimed: { label: 'Preparing', tone: 'brand' },
  sending: { label: 'Sending', tone: 'brand' },
  sent: { label: 'Sent', tone: 'green' },
  failed: { label: 'Will retry', tone: 'amber' },
  bounced: { label: 'Refused', tone: 'red' },
  skipped: { label: 'Skipped', tone: 'neutral' },
  unconfirmed: { label: 'Unconfirmed', tone: 'amber' },
};

const day = (d: string) => formatDate(`${d}T12:00:00Z`, 'UTC');

/** The reader's last digests: which period, when it went out, and what went wrong if anything did. */
export function DeliveryHistory({ deliveries, timezone }: { deliveries: DeliveryRow[]; timezone: string }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="digest-history">
      <h2 id="digest-history" className="text-lg font-semibold text-slate-900">
        Your last digests
      </h2>
      {deliveries.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">None yet. Your first digest appears here once it has been sent; “Send me one now” sends one right away.</p>
      ) : (
        <table className="mt-3 w-full text-sm" data-testid="digest-history">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="py-2 pr-3 font-medium">Covers</th>
              <th className="py-2 pr-3 font-medium">Status</th>
              <th className="py-2 pr-3 font-medium">When</th>
              <th className="py-2 font-medium">Details</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => {
              const manual = d.kind.endsWith('.manual');
              const s = STATUS[d.status];
              return (
                <tr key={d.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-3">{manual ? `Sent on request, ${day(d.periodStart)}` : d.periodEnd && d.periodEnd !== d.periodStart ? `${day(d.periodStart)} – ${day(d.periodEnd)}` : day(d.periodStart)}</td>
                  <td className="py-2 pr-3">
                    <Badge tone={s.tone}>{s.label}</Badge>
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(d.sentAt ?? d.claimedAt, timezone)}</td>
                  <td className="py-2 text-slate-600">
                    {d.status === 'sent' ? (d.via === 'outbox' ? 'Written to the local outbox (no mail server configured).' : `Accepted by the mail server${d.attempts > 1 ? ` on attempt ${d.attempts}` : ''}.`) : null}
                    {d.status === 'failed' ? `${d.error ?? ''}${d.nextAttemptAt ? ` Next attempt ${formatDateTime(d.nextAttemptAt, timezone)}.` : ' No more attempts.'}` : null}
                    {d.status === 'bounced' || d.status === 'skipped' || d.status === 'unconfirmed' ? d.error : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
