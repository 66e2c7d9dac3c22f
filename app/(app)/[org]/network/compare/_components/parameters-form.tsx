import { buttonClasses } from '../../../../../_components/ui/button';
import { inputClasses } from '../../../../../_components/ui/field';
import { Select } from '../../../../../_components/ui/select';
import type { NetworkCompareInput } from '@/server/services/network-compare/schemas';

const WINDOWS = [30, 90, 182, 365];

/** The comparison's parameters: a GET form, so a link shows the same comparison (and it works without JavaScript). */
export function ParametersForm({ input, k, locationCount, asOf }: { input: NetworkCompareInput; k: number; locationCount: number; asOf: string }) {
  const field = 'space-y-1';
  const label = 'block text-sm font-medium text-slate-800';
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Comparison parameters">
      <div className={field}>
        <label htmlFor="compare-k" className={label}>Open locations (k)</label>
        <Select id="compare-k" name="k" defaultValue={String(k)} options={Array.from({ length: Math.max(1, locationCount) }, (_, i) => ({ value: String(i + 1), label: `${i + 1} of ${locationCount}` }))} />
      </div>
      <div className={field}>
        <label htmlFor="compare-window" className={label}>Demand history</label>
        <Select id="compare-window" name="window" defaultValue={String(input.windowDays)} options={[...new Set([...WINDOWS, input.windowDays])].sort((a, b) => a - b).map((w) => ({ value: String(w), label: `Last ${w} days` }))} />
      </div>
      <div className={field}>
        <label htmlFor="compare-as-of" className={label}>Up to</label>
        <input id="compare-as-of" type="date" name="asOf" defaultValue={asOf} className={inputClasses} />
      </div>
      <div className={field}>
        <label htmlFor="compare-review" className={label}>Review period (days)</label>
        <input id="compare-review" type="number" min={1} max={90} step={1} name="review" defaultValue={input.reviewPeriodDays} className={`${inputClasses} w-24`} />
      </div>
      <div className={field}>
        <label htmlFor="compare-csl" className={label}>Service level (%)</label>
        <input id="compare-csl" type="number" min={50.1} max={99.9} step={0.1} name="csl" placeholder="from SLAs" defaultValue={input.serviceLevel === undefined ? '' : Math.round(input.serviceLevel * 1000) / 10} className={`${inputClasses} w-28`} />
      </div>
      <div className={field}>
        <label htmlFor="compare-sla" className={label}>Late deliveries</label>
        <Select id="compare-sla" name="sla" defaultValue={input.slaMode} options={[{ value: 'penalty', label: 'Allowed, at a penalty' }, { value: 'constraint', label: 'Not allowed (hard SLA)' }]} />
      </div>
      <div className={field}>
        <label htmlFor="compare-penalty" className={label}>Penalty per unit-day late</label>
        <input id="compare-penalty" type="number" min={0} max={1000} step={0.01} name="penalty" defaultValue={input.latePenaltyPerUnitDay} className={`${inputClasses} w-28`} />
      </div>
      <button type="submit" className={buttonClasses('primary')}>Compare</button>
    </form>
  );
}
