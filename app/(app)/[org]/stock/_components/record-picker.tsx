'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTRPC } from '../../../../_trpc/client';
import { describedBy, FieldFrame, inputClasses } from '../../../../_components/ui/field';

export type PickerKind = 'sku' | 'location' | 'supplier';

export interface PickedRecord {
  id: string;
  label: string;
  /** Country of a location or supplier. */
  country?: string | null;
}

export interface RecordPickerProps {
  org: string;
  kind: PickerKind;
  id: string;
  label: string;
  value: PickedRecord | null;
  onChange: (value: PickedRecord | null) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  /** Ids not to offer (e.g. the origin when picking a destination). */
  exclude?: readonly string[];
}

const PLACEHOLDER: Record<PickerKind, string> = { sku: 'Type a SKU code or name…', location: 'Type a location code or name…', supplier: 'Type a supplier code or name…' };

/**
 * A combobox (WAI-ARIA 1.2 pattern) over the tenant's active SKUs, locations or suppliers: type to search
 * on the server (code or name), ↑ ↓ to move, Enter to pick, Escape to close. Works for 10,000 SKUs
 * where a select would not.
 */
export function RecordPicker({ org, kind, id, label, value, onChange, error, hint, required, disabled, exclude = [] }: RecordPickerProps) {
  const trpc = useTRPC();
  const listId = useId();
  const [text, setText] = useState(value?.label ?? '');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  // A picked (or preset) record shows its label; typing clears the pick but keeps the text typed.
  useEffect(() => {
    if (value) setText(value.label);
  }, [value]);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text === value?.label ? '' : text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text, value?.label]);

  const found = useQuery({ ...trpc.stock.options.queryOptions({ org, kind, search: search || undefined, limit: 20 }), enabled: open && !disabled });
  // While the next search is on its way, the last answer is narrowed to what is typed now, so Enter
  // never picks an option that does not match the text on screen.
  const typed = value ? '' : text.trim().toLowerCase();
  const options = (found.data ?? []).filter((o) => !exclude.includes(o.id) && (!typed || `${o.code} ${o.name}`.toLowerCase().includes(typed)));
  const current = Math.min(active, Math.max(0, options.length - 1));

  function pick(index: number) {
    const o = options[index];
    if (!o) return;
    onChange({ id: o.id, label: `${o.code} · ${o.name}`, country: o.country });
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive(Math.min(current + 1, Math.max(0, options.length - 1)));
    } else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
    else if (event.key === 'Enter' && open) pick(current);
    else if (event.key === 'Escape' && open) setOpen(false);
    else return;
    event.preventDefault();
  }

  const fieldLabel = (
    <>
      {label}
      {required ? <span className="text-red-700"> *</span> : null}
    </>
  );
  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <FieldFrame id={id} label={fieldLabel} hint={hint} error={error}>
      <div className="relative">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && options[current] ? optionId(current) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          placeholder={PLACEHOLDER[kind]}
          className={inputClasses}
          value={text}
          disabled={disabled}
          data-testid={`picker-${id}`}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
            if (value) onChange(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={label} hidden={!open} className="absolute z-30 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          {found.isPending && open ? <li className="px-3 py-2 text-slate-500">Searching…</li> : null}
          {!found.isFetching && options.length === 0 ? <li className="px-3 py-2 text-slate-500">Nothing matches “{text}”.</li> : null}
          {options.map((o, i) => (
            <li
              key={o.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={`cursor-pointer px-3 py-2 ${i === current ? 'bg-brand-50 text-brand-800' : 'text-slate-800'}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(i)}
            >
              <span className="font-medium">{o.code}</span> · {o.name}
              {o.country ? <span className="text-slate-500"> ({o.country})</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </FieldFrame>
  );
}
