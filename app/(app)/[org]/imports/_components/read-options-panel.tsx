'use client';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { DATE_FORMAT_LABELS, DATE_FORMATS, type DateFormat } from '@/server/imports/cells/date-formats';
import { useTRPC } from '../../../../_trpc/client';
import { Button } from '../../../../_components/ui/button';
import { Notice } from '../../../../_components/ui/notice';
import type { EntityOption, ImportPreview } from './types';

export interface ReadChoice {
  mapping: Record<string, string>;
  dateFormat?: DateFormat;
}

/**
 * How the file was read, and the user's say in it: each of the file's headers with the template column
 * it goes to (a file from another system: map its columns once, the mapping is remembered for files with
 * the same header row), the date format found or to choose (month first or day first cannot be guessed),
 * and how many placeholder cells ("N/A", "not captured"…) were read as empty.
 */
export function ReadOptionsPanel({ org, entity, preview, pending, onSubmit }: { org: string; entity: EntityOption; preview: ImportPreview; pending: boolean; onSubmit: (choice: ReadChoice) => void }) {
  const trpc = useTRPC();
  const template = useQuery(trpc.imports.template.queryOptions({ org, entity: entity.entity }));
  const layout = preview.layout;
  const formId = useId();
  const [open, setOpen] = useState(!layout?.complete);
  const [mapping, setMapping] = useState<Record<string, string>>(() => Object.fromEntries((layout?.matches ?? []).map((m) => [m.header, m.column ?? ''])));
  const dates = layout?.dates ?? null;
  const [dateFormat, setDateFormat] = useState<DateFormat | ''>(dates?.ambiguous && !dates.chosen ? '' : (dates?.used ?? ''));
  if (!layout) return null;
  const columns = template.data?.columns ?? [];
  const used = new Set(Object.values(mapping).filter(Boolean));
  const missing = columns.filter((c) => c.required && !used.has(c.name)).map((c) => c.name);
  const mustChooseDate = dates?.ambiguous === true && !dates.chosen;
  const matched = layout.matches.filter((m) => m.column).length;

  return (
    <section aria-labelledby={`${formId}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4" data-testid="read-options">
      <h3 id={`${formId}-title`} className="text-base font-semibold text-slate-900">
        How the file is read
      </h3>
      {preview.rememberedLayout ? (
        <Notice tone="info">This file has the same columns as one you mapped before: it was read with that mapping{preview.readOptions.dateFormat ? ' and date format' : ''}.</Notice>
      ) : null}
      <p className="text-sm text-slate-700">
        {layout.complete ? `${matched} of the file's ${layout.headers.length} columns are read.` : `The file's columns do not match the template's: map them below (once: files with the same header row are read this way from now on).`}{' '}
        {layout.complete ? (
          <button type="button" className="font-medium text-brand-700 underline" onClick={() => setOpen(!open)} aria-expanded={open} aria-controls={`${formId}-mapping`}>
            {open ? 'Hide the columns' : 'Change how the columns map'}
          </button>
        ) : null}
      </p>
      {dates ? (
        <p className="text-sm text-slate-700" data-testid="date-format-found">
          {mustChooseDate
            ? `Dates such as ${dates.examples.join(', ')} can be read month first or day first: choose the format.`
            : `Dates read as ${DATE_FORMAT_LABELS[dates.used]}${dates.chosen ? ' (your choice)' : dates.used === 'iso' ? '' : ' (found in the file)'}${dates.examples.length ? `, e.g. ${dates.examples.join(', ')}` : ''}.`}
        </p>
      ) : null}
      {layout.placeholders.count > 0 ? (
        <p className="text-sm text-slate-700" data-testid="placeholder-count">
          {layout.placeholders.count.toLocaleString('en-US')} cell{layout.placeholders.count === 1 ? '' : 's'} of optional dates or amounts held placeholder text ({layout.placeholders.texts.map((t) => `“${t}”`).join(', ')}) and
          {layout.placeholders.count === 1 ? ' was' : ' were'} read as empty.
        </p>
      ) : null}
      <form
        id={`${formId}-mapping`}
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit({ mapping, ...(dateFormat ? { dateFormat } : {}) });
        }}
      >
        {open ? (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="column-mapping">
              <caption className="sr-only">The file&apos;s columns and the template columns they go to</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">
                    Column of your file
                  </th>
                  <th scope="col" className="px-3 py-2 text-left font-semibold text-slate-700">
                    Goes to
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {layout.headers.map((header, i) =>
                  header === '' ? null : (
                    <tr key={`${i}-${header}`}>
                      <th scope="row" className="px-3 py-2 text-left font-mono text-xs text-slate-900">
                        <label htmlFor={`${formId}-col-${i}`}>{header}</label>
                      </th>
                      <td className="px-3 py-1.5">
                        <select
                          id={`${formId}-col-${i}`}
                          value={mapping[header] ?? ''}
                          onChange={(e) => setMapping({ ...mapping, [header]: e.target.value })}
                          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                        >
                          <option value="">Ignore this column</option>
                          {columns.map((c) => (
                            <option key={c.name} value={c.name} disabled={used.has(c.name) && mapping[header] !== c.name}>
                              {c.name}
                              {c.required ? ' (required)' : ''}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        ) : null}
        {open && missing.length > 0 ? <p className="text-sm text-amber-800">Still to map: {missing.join(', ')}.</p> : null}
        {dates || open ? (
          <div className="flex flex-wrap items-end gap-3">
            <div className="space-y-1">
              <label htmlFor={`${formId}-dates`} className="block text-sm font-medium text-slate-800">
                Date format of the file
              </label>
              <select
                id={`${formId}-dates`}
                value={dateFormat}
                onChange={(e) => setDateFormat(e.target.value as DateFormat | '')}
                className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                aria-invalid={mustChooseDate && dateFormat === ''}
                data-testid="date-format"
              >
                <option value="">{mustChooseDate ? 'Choose…' : 'Find it from the file'}</option>
                {DATE_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {DATE_FORMAT_LABELS[f]}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary" pending={pending} pendingText="Checking…" disabled={(open && missing.length > 0) || (mustChooseDate && dateFormat === '')} data-testid="reread-import">
              Check the file again
            </Button>
          </div>
        ) : null}
      </form>
    </section>
  );
}
