'use client';
/**
 * The network map: an SVG drawn from a model computed on the server (map-network-model.ts). Locations
 * are squares (central ones larger, in the brand colour; archived ones hollow), regions are circles at
 * their centroids coloured by SLA attainment, lanes are lines (dashed when slower than the region's SLA)
 * that can be hidden. Hover shows names and figures. For assistive technology the SVG is one image with
 * a text description; the tables below the map carry the same data.
 */
import { useId, useState } from 'react';
import { TONE_COLOURS, TONE_LABELS, DEFAULT_AMBER_BAND, DEFAULT_ATTAINMENT_TARGET, type AttainmentTone } from './map-geometry';
import type { NetworkMapModel } from './map-network-model';

export interface MapNetworkProps {
  model: NetworkMapModel;
  /** The text alternative (describeNetworkMap). */
  description: string;
  currency: string;
}

interface Tip {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

const percent = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

export function MapNetwork({ model, description, currency }: MapNetworkProps) {
  const titleId = useId();
  const descId = useId();
  const lanesToggleId = useId();
  const [showLanes, setShowLanes] = useState(model.lanes.length > 0 && model.lanes.length <= 400);
  const [tip, setTip] = useState<Tip | null>(null);
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2 });
  const hover = (t: Tip) => ({ onMouseEnter: () => setTip(t), onMouseLeave: () => setTip(null) });

  return (
    <figure className="space-y-3" data-testid="network-map">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Legend />
        <label htmlFor={lanesToggleId} className="inline-flex items-center gap-2 text-sm text-slate-700">
          <input id={lanesToggleId} type="checkbox" checked={showLanes} onChange={(e) => setShowLanes(e.target.checked)} className="size-4 rounded border-slate-300" disabled={model.lanes.length === 0} />
          Show lanes ({model.lanes.length})
        </label>
      </div>
      <div className="relative overflow-hidden rounded-lg border border-slate-200 bg-sky-50">
        <svg viewBox={`0 0 ${model.width} ${model.height}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="block h-auto w-full">
          <title id={titleId}>Network map</title>
          <desc id={descId}>{description}</desc>
          <path d={model.basemap.land} fill="#f8fafc" stroke="#94a3b8" strokeWidth={0.8} />
          <path d={model.basemap.borders} fill="none" stroke="#cbd5e1" strokeWidth={0.6} strokeLinejoin="round" />
          {showLanes ? (
            <g data-testid="map-lanes">
              {model.lanes.map((lane) => (
                <line
                  key={lane.id}
                  x1={lane.x1}
                  y1={lane.y1}
                  x2={lane.x2}
                  y2={lane.y2}
                  stroke={lane.meetsSla === false ? '#d97706' : '#475569'}
                  strokeOpacity={lane.meetsSla === false ? 0.35 : 0.6}
                  strokeWidth={lane.meetsSla === false ? 1 : 1.75}
                  strokeDasharray={lane.meetsSla === false ? '5 4' : undefined}
                  {...hover({
                    x: (lane.x1 + lane.x2) / 2,
                    y: (lane.y1 + lane.y2) / 2,
                    title: `${lane.locationCode} → ${lane.regionCode} (${lane.mode})`,
                    lines: [`${lane.transitDays} transit days${lane.meetsSla === false ? ', slower than the SLA' : ''}`, `${money.format(lane.costPerUnit)} per unit`],
                  })}
                />
              ))}
            </g>
          ) : null}
          <g data-testid="map-regions">
            {model.regions.map((r) => (
              <g key={r.id} {...hover({ x: r.x, y: r.y, title: `${r.name} (${r.code})`, lines: regionLines(r) })}>
                <circle cx={r.x} cy={r.y} r={16} fill={TONE_COLOURS[r.tone]} fillOpacity={0.85} stroke="#fff" strokeWidth={2} data-tone={r.tone} />
                <text x={r.x} y={r.y + 30} textAnchor="middle" className="fill-slate-700 text-[13px] font-semibold" paintOrder="stroke" stroke="#fff" strokeWidth={3}>
                  {r.code}
                </text>
              </g>
            ))}
          </g>
          <g data-testid="map-locations">
            {model.locations.map((l) => {
              const size = l.isCentral ? 16 : 11;
              return (
                <g key={l.id} {...hover({ x: l.x, y: l.y, title: `${l.name} (${l.code})`, lines: [[l.kind.toUpperCase(), l.city, l.isCentral ? 'central' : null, l.active ? null : 'archived'].filter(Boolean).join(' · ')] })}>
                  <rect
                    x={l.x - size / 2}
                    y={l.y - size / 2}
                    width={size}
                    height={size}
                    rx={2}
                    fill={!l.active ? '#fff' : l.isCentral ? 'var(--color-brand-600)' : '#1e293b'}
                    stroke={!l.active ? '#94a3b8' : '#fff'}
                    strokeWidth={l.isCentral ? 2.5 : 1.5}
                    data-central={l.isCentral || undefined}
                  />
                </g>
              );
            })}
          </g>
        </svg>
        {tip ? (
          <div
            aria-hidden="true"
            className="pointer-events-none absolute z-10 max-w-64 -translate-x-1/2 -translate-y-full rounded-md bg-slate-900 px-3 py-2 text-xs text-white shadow-lg"
            style={{ left: `${(tip.x / model.width) * 100}%`, top: `calc(${(tip.y / model.height) * 100}% - 12px)` }}
          >
            <p className="font-semibold">{tip.title}</p>
            {tip.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
      </div>
      <figcaption className="text-sm text-slate-600">{description}</figcaption>
    </figure>
  );
}

function regionLines(r: NetworkMapModel['regions'][number]): string[] {
  const sla = r.slaTargetDays === null ? 'No SLA' : `SLA ${r.slaTargetDays} days`;
  if (r.slaAttainment === null) return [sla, 'No delivered orders in the period'];
  return [sla, `${percent(r.slaAttainment)} on time (${r.onTimeOrders} of ${r.deliveredOrders} delivered)`, TONE_LABELS[r.tone]];
}

function Legend() {
  const target = Math.round(DEFAULT_ATTAINMENT_TARGET * 100);
  const amberFloor = Math.round((DEFAULT_ATTAINMENT_TARGET - DEFAULT_AMBER_BAND) * 100);
  const tones: [AttainmentTone, string][] = [
    ['green', `≥ ${target}% on time`],
    ['amber', `${amberFloor}–${target}%`],
    ['red', `< ${amberFloor}%`],
    ['none', 'no data'],
  ];
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Map legend">
      <li className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block size-3.5 rounded-sm border-2 border-white bg-brand-600 ring-1 ring-slate-300" /> Central location
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block size-2.5 rounded-sm bg-slate-800" /> Location
      </li>
      {tones.map(([tone, label]) => (
        <li key={tone} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-3 rounded-full" style={{ backgroundColor: TONE_COLOURS[tone] }} /> Region: {label}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block h-0 w-5 border-t-2 border-dashed border-amber-600" /> Lane slower than SLA
      </li>
    </ul>
  );
}
