import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FieldFrame, inputClasses } from './field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  options: readonly SelectOption[];
}

/** A bare select (give it a label: aria-label, or use SelectField). */
export function Select({ options, className = '', ...rest }: SelectProps) {
  return (
    <select className={`${inputClasses} pr-8 ${className}`} {...rest}>
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export interface SelectFieldProps extends Omit<SelectProps, 'id'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  wrapperClassName?: string;
}

export function SelectField({ id, label, hint, error, wrapperClassName, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={wrapperClassName}>
      <Select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select} />
    </FieldFrame>
  );
}
