import { buttonClasses } from '../../../../_components/ui/button';
import { inputClasses } from '../../../../_components/ui/field';
import { Select } from '../../../../_components/ui/select';

/** The SLA attainment period: a GET form, so the page works (and links) without JavaScript. */
export function WindowForm({ asOf, windowDays, windows }: { asOf: string; windowDays: number; windows: number[] }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="SLA attainment period">
      <div className="space-y-1">
        <label htmlFor="network-window" className="block text-sm font-medium text-slate-800">
          Period
        </label>
        <Select id="network-window" name="window" defaultValue={String(windowDays)} options={windows.map((w) => ({ value: String(w), label: `Last ${w} days` }))} />
      </div>
      <div className="space-y-1">
        <label htmlFor="network-as-of" className="block text-sm font-medium text-slate-800">
          Up to
        </label>
        <input id="network-as-of" type="date" name="asOf" defaultValue={asOf} className={inputClasses} />
      </div>
      <button type="submit" className={buttonClasses('secondary')}>
        Show
      </button>
    </form>
  );
}
