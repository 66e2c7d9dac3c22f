'use client';
/**
 * Chart.js is registered once, here: every chart component imports `Chart` types from chart.js and
 * calls nothing else to set it up (CONVENTIONS.md, UI). Category axes only (weeks and days are
 * labelled by the server's series functions), so no date adapter is needed.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip);
Chart.defaults.font.family = "'Inter Variable', ui-sans-serif, system-ui, sans-serif";
Chart.defaults.color = '#475569';
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.animation = false;

/** The palette of every chart: series colours in order, plus the target line and interval band. */
export const CHART_COLORS = {
  series: ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#dc2626'],
  target: '#dc2626',
  band: 'rgba(37, 99, 235, 0.15)',
  muted: '#94a3b8',
} as const;

export { Chart };
