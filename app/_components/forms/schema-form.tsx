'use client';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { Button } from '../ui/button';
import { describedBy, FieldFrame, inputClasses, TextField } from '../ui/field';
import { Notice } from '../ui/notice';
import { SelectField, type SelectOption } from '../ui/select';
import { fieldErrors, formError } from './trpc-error';

export type FormValue = string | boolean;
export type FormValues = Record<string, FormValue>;

export interface FormField {
  name: string;
  label: string;
  kind?: 'text' | 'number' | 'select' | 'checkbox' | 'textarea' | 'date' | 'email';
  options?: readonly SelectOption[];
  hint?: ReactNode;
  /** Shown after the label, e.g. "days" or "USD". */
  unit?: string;
  placeholder?: string;
  required?: boolean;
  /** Spans both columns. */
  wide?: boolean;
  autoFocus?: boolean;
}

export interface SchemaFormProps<S extends z.ZodType> {
  id: string;
  /** The same zod schema the server validates with: the form checks it before sending. */
  schema: S;
  fields: readonly FormField[];
  initial: FormValues;
  submitLabel: string;
  pendingText?: string;
  pending: boolean;
  /** The server's answer to the last submit (field messages are shown beside their fields). */
  serverError: unknown;
  onSubmit: (value: z.output<S>) => void;
  onCancel?: () => void;
  /** Extra content below the fields (e.g. a note). */
  children?: ReactNode;
}

/** A record's values as form text: numbers as text, nulls as blanks, lists joined by spaces. */
export function formValuesOf(record: Record<string, unknown>, names: readonly string[]): FormValues {
  const out: FormValues = {};
  for (const name of names) {
    const value = record[name];
    out[name] = typeof value === 'boolean' ? value : value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  }
  return out;
}

/**
 * A form over a zod schema: labelled fields in two columns, the schema's messages beside each field on
 * submit (first invalid field focused), the server's field messages likewise, and its other errors above
 * the buttons. Keyboard-usable; browser validation is off so every message is the schema's.
 */
export function SchemaForm<S extends z.ZodType>({ id, schema, fields, initial, submitLabel, pendingText, pending, serverError, onSubmit, onCancel, children }: SchemaFormProps<S>) {
  const [values, setValues] = useState<FormValues>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const serverFields = fieldErrors(serverError);
  const errors = { ...serverFields, ...clientErrors };
  const fieldId = (name: string) => `${id}-${name}`;

  function set(name: string, value: FormValue) {
    setValues((v) => ({ ...v, [name]: value }));
    setClientErrors((e) => {
      if (!(name in e)) return e;
      const { [name]: _removed, ...rest } = e;
      return rest;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0] ?? '');
        next[name] ??= issue.message;
      }
      setClientErrors(next);
      const firstInvalid = fields.find((f) => next[f.name]);
      if (firstInvalid) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(firstInvalid.name))}`)?.focus();
      return;
    }
    setClientErrors({});
    onSubmit(parsed.data);
  }

  const generalError = serverError && Object.keys(serverFields).length === 0 ? formError(serverError) : serverError ? 'Check the highlighted fields.' : null;

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-5" data-testid={id}>
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => {
          const fid = fieldId(f.name);
          const label = (
            <>
              {f.label}
              {f.unit ? <span className="font-normal text-slate-500"> ({f.unit})</span> : null}
              {f.required ? <span className="text-red-700"> *</span> : null}
            </>
          );
          const common = { className: f.wide ? 'sm:col-span-2' : undefined };
          const value = values[f.name];
          if (f.kind === 'checkbox') {
            return (
              <div key={f.name} className={`flex items-start gap-2 pt-6 ${f.wide ? 'sm:col-span-2' : ''}`}>
                <input id={fid} type="checkbox" checked={value === true} onChange={(e) => set(f.name, e.target.checked)} className="mt-0.5 size-4 rounded border-slate-300" aria-describedby={describedBy(fid, f.hint, errors[f.name])} />
                <div>
                  <label htmlFor={fid} className="text-sm font-medium text-slate-800">
                    {f.label}
                  </label>
                  {f.hint ? (
                    <p id={`${fid}-hint`} className="text-xs text-slate-500">
                      {f.hint}
                    </p>
                  ) : null}
                  {errors[f.name] ? (
                    <p id={`${fid}-error`} className="text-sm text-red-700">
                      {errors[f.name]}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          }
          if (f.kind === 'select') {
            return (
              <SelectField key={f.name} id={fid} name={f.name} label={label} hint={f.hint} error={errors[f.name]} options={f.options ?? []} value={String(value ?? '')} onChange={(e) => set(f.name, e.target.value)} wrapperClassName={common.className} autoFocus={f.autoFocus} />
            );
          }
          if (f.kind === 'textarea') {
            return (
              <FieldFrame key={f.name} id={fid} label={label} hint={f.hint} error={errors[f.name]} className={common.className}>
                <textarea id={fid} name={f.name} rows={3} value={String(value ?? '')} onChange={(e) => set(f.name, e.target.value)} className={inputClasses} aria-invalid={errors[f.name] ? true : undefined} aria-describedby={describedBy(fid, f.hint, errors[f.name])} placeholder={f.placeholder} />
              </FieldFrame>
            );
          }
          return (
            <TextField
              key={f.name}
              id={fid}
              name={f.name}
              label={label}
              hint={f.hint}
              error={errors[f.name]}
              className={common.className}
              type={f.kind === 'date' ? 'date' : f.kind === 'email' ? 'email' : 'text'}
              inputMode={f.kind === 'number' ? 'decimal' : undefined}
              autoComplete="off"
              autoFocus={f.autoFocus}
              placeholder={f.placeholder}
              value={String(value ?? '')}
              onChange={(e) => set(f.name, e.target.value)}
            />
          );
        })}
      </div>
      {children}
      {generalError ? <Notice tone="error">{generalError}</Notice> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending} pendingText={pendingText ?? 'Saving…'}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
