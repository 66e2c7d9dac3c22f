import type { Accuracy, ForecastSummary } from '@/server/services/forecasts/types';
import { formatNumber, formatPercent } from '../../../../_components/tables/cell-format';
import { Badge } from '../../../../_components/ui/badge';

function biasText(bias: number | null): string {
  if (bias === null) return '—';
  if (Math.abs(bias) < 0.05) return 'none';
  return `${bias > 0 ? '+' : '−'}${formatNumber(Math.abs(bias), { maxDigits: 1 })} units/week ${bias > 0 ? 'over' : 'under'}`;
}

/** The headline comparison: our forecasts' WAPE against seasonal naive's on the same held-out weeks. */
export function accuracyVerdict(ours: Accuracy, naive: Accuracy): { text: string; tone: 'green' | 'amber' | 'neutral' } {
  if (ours.wape === null || naive.wape === null) return { text: 'Accuracy is measured once there are enough weeks of history to hold some out.', tone: 'neutral' };
  if (naive.wape === 0) return { text: `Forecast error (WAPE) ${formatPercent(ours.wape)}.`, tone: 'neutral' };
  const gain = 1 - ours.wape / naive.wape;
  if (gain > 0.005) return { text: `${formatPercent(gain, 0)} less error than seasonal naive (WAPE ${formatPercent(ours.wape)} against ${formatPercent(naive.wape)}).`, tone: 'green' };
  if (gain < -0.005) return { text: `${formatPercent(-gain, 0)} more error than seasonal naive (WAPE ${formatPercent(ours.wape)} against ${formatPercent(naive.wape)}).`, tone: 'amber' };
  return { text: `As accurate as seasonal naive (WAPE ${formatPercent(ours.wape)}).`, tone: 'neutral' };
}

/** Overall accuracy of the run's forecasts against seasonal naive, with MASE, WAPE and bias side by side. */
export function AccuracySummary({ accuracy }: { accuracy: ForecastSummary['accuracy'] }) {
  const verdict = accuracyVerdict(accuracy, accuracy.seasonalNaive);
  const rows: { label: string; hint: string; ours: string; naive: string }[] = [
    { label: 'WAPE', hint: 'error as a share of actual units', ours: formatPercent(accuracy.wape), naive: formatPercent(accuracy.seasonalNaive.wape) },
    { label: 'MASE', hint: 'below 1 beats seasonal naive', ours: formatNumber(accuracy.mase), naive: formatNumber(accuracy.seasonalNaive.mase) },
    { label: 'Bias', hint: 'average over- or under-forecast', ours: biasText(accuracy.bias), naive: biasText(accuracy.seasonalNaive.bias) },
  ];
  return (
    <section aria-labelledby="forecast-accuracy" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="forecast-accuracy">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="forecast-accuracy" className="text-sm font-semibold text-slate-900">
          Forecast accuracy
        </h2>
        <Badge tone={verdict.tone}>{verdict.tone === 'green' ? 'Better than seasonal naive' : verdict.tone === 'amber' ? 'Worse than seasonal naive' : 'Measured on held-out weeks'}</Badge>
      </div>
      <p className="mt-1 text-sm text-slate-700">{verdict.text}</p>
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">Accuracy of the forecasts and of seasonal naive on the same held-out weeks</caption>
        <thead>
          <tr className="text-left text-xs text-slate-500">
            <th scope="col" className="py-1 font-medium">Measure</th>
            <th scope="col" className="py-1 text-right font-medium">Footprint</th>
            <th scope="col" className="py-1 text-right font-medium">Seasonal naive</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-t border-slate-100">
              <th scope="row" className="py-1 text-left font-normal">
                <span className="font-medium text-slate-900">{r.label}</span> <span className="text-xs text-slate-500">{r.hint}</span>
              </th>
              <td className="py-1 text-right tabular-nums">{r.ours}</td>
              <td className="py-1 text-right text-slate-600 tabular-nums">{r.naive}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-500">
        {formatNumber(accuracy.measuredSeries)} of {formatNumber(accuracy.totalSeries)} series had enough history to measure.
      </p>
    </section>
  );
}
