/**
 * The digest's chart as a PNG, drawn on the server with Chart.js on @napi-rs/canvas: weekly on-time and
 * line fill rate against their targets. Embedded inline (cid) in the email; the email states the same
 * figures in words and a table, so it reads the same with images off.
 *
 * This is a server-side Chart.js registration (the app's chart-registry.ts is a client module); the
 * colours are the app's chart palette.
 */
import { createCanvas } from '@napi-rs/canvas';
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  type ChartConfiguration,
} from 'chart.js';
import type { WeeklyKpi } from '@/server/services/digests/kpis';

Chart.register(CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Title);

const COLORS = { onTime: '#2563eb', fill: '#059669', target: '#dc2626' } as const;
export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 260;

function weekLabel(weekStart: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${weekStart}T00:00:00Z`));
}

const asPercent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** PNG bytes of the weekly chart (two scale pixels per CSS pixel, for sharp text on retina screens). */
export async function renderWeeklyChartPng(weeks: WeeklyKpi[]): Promise<Buffer> {
  const scale = 2;
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const values = weeks.flatMap((w) => [w.onTimeRate, w.lineFillRate, w.onTimeTarget, w.fillRateTarget]).filter((v): v is number => v !== null);
  const min = values.length ? Math.max(0, Math.floor(Math.min(...values) * 10) * 10 - 5) : 0;
  const config: ChartConfiguration<'line', (number | null)[], string> = {
    type: 'line',
    data: {
      labels: weeks.map((w) => weekLabel(w.weekStart)),
      datasets: [
        { label: 'On time', data: weeks.map((w) => asPercent(w.onTimeRate)), borderColor: COLORS.onTime, backgroundColor: COLORS.onTime, borderWidth: 2.5, pointRadius: 3 },
        { label: 'On-time target', data: weeks.map((w) => asPercent(w.onTimeTarget)), borderColor: COLORS.onTime, borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0 },
        { label: 'Fill rate', data: weeks.map((w) => asPercent(w.lineFillRate)), borderColor: COLORS.fill, backgroundColor: COLORS.fill, borderWidth: 2.5, pointRadius: 3 },
        { label: 'Fill-rate target', data: weeks.map((w) => asPercent(w.fillRateTarget)), borderColor: COLORS.fill, borderDash: [2, 3], borderWidth: 1.5, pointRadius: 0 },
      ],
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: scale,
      spanGaps: true,
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14, font: { size: 11 } } },
        title: { display: true, text: 'Weekly on-time and fill rate vs target (%)', font: { size: 13 } },
      },
      scales: {
        y: { min, max: 100, ticks: { callback: (v) => `${v} %` } },
        x: { grid: { display: false } },
      },
    },
  };
  // Chart.js reads the canvas size from the element; @napi-rs/canvas has no CSS size, so give it one.
  const element = Object.assign(canvas, { style: { width: `${CHART_WIDTH}px`, height: `${CHART_HEIGHT}px` } });
  const chart = new Chart(element as unknown as HTMLCanvasElement, config);
  try {
    // White background: many mail clients show transparent PNGs on dark backgrounds.
    const ctx = canvas.getContext('2d');
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}
