'use client';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../../_trpc/client';
import { Badge } from '../../../../_components/ui/badge';
import { Button } from '../../../../_components/ui/button';
import { Notice } from '../../../../_components/ui/notice';
import { Spinner } from '../../../../_components/ui/spinner';
import type { EntityOption, ImportTemplate } from './types';

function downloadTemplate(template: ImportTemplate) {
  // A BOM so Excel opens the UTF-8 file right; the importer drops it.
  const blob = new Blob(['\uFEFF', template.csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = template.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The documented columns of an entity's file and its template download. */
export function TemplatePanel({ org, entity }: { org: string; entity: EntityOption }) {
  const trpc = useTRPC();
  const template = useQuery(trpc.imports.template.queryOptions({ org, entity: entity.entity }));
  if (template.isPending) return <Spinner label="Loading the columns…" />;
  if (template.isError) return <Notice tone="error">{template.error.message}</Notice>;
  const t = template.data;
  return (
    <section aria-labelledby="template-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id="template-heading" className="text-base font-semibold text-slate-900">
          Columns of a {entity.label.toLowerCase()} file
        </h3>
        <Button variant="secondary" size="sm" onClick={() => downloadTemplate(t)} data-testid="download-template">
          Download the template
        </Button>
      </div>
      <p className="text-sm text-slate-600">{t.description}</p>
      <details className="group rounded-lg border border-slate-200 bg-slate-50 px-3 py-2" data-testid="template-docs">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">
          The {t.columns.length} columns ({t.columns.filter((c) => c.required).map((c) => c.name).join(', ')} required) and the rules of this file
        </summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-600">
          {t.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="template-columns">
            <caption className="sr-only">Columns of the {entity.label} file</caption>
            <thead className="bg-slate-50">
              <tr>
                {['Column', 'Required', 'Type', 'Example', 'What it is'].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 text-left font-semibold whitespace-nowrap text-slate-700">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {t.columns.map((c) => (
                <tr key={c.name}>
                  <th scope="row" className="px-3 py-2 text-left font-mono text-xs font-medium text-slate-900">
                    {c.name}
                  </th>
                  <td className="px-3 py-2">{c.required ? <Badge tone="brand">Required</Badge> : <span className="text-slate-500">Optional</span>}</td>
                  <td className="px-3 py-2 text-slate-600">{c.choices ? `one of ${c.choices.join(', ')}` : c.type}</td>
                  <td className="px-3 py-2 font-mono text-xs text-slate-700">{c.example || '—'}</td>
                  <td className="px-3 py-2 text-slate-600">{c.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
