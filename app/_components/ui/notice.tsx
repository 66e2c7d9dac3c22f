import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

const TONES: Record<NoticeTone, string> = {
  info: 'border-brand-100 bg-brand-50 text-brand-700',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  error: 'border-red-200 bg-red-50 text-red-800',
};

/** A message box. Errors are announced (role="alert"), the others politely (role="status"). */
export function Notice({ tone = 'info', children, className = '', id, testId }: { tone?: NoticeTone; children: ReactNode; className?: string; id?: string; testId?: string }) {
  return (
    <div id={id} data-testid={testId} role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border px-3 py-2 text-sm ${TONES[tone]} ${className}`}>
      {children}
    </div>
  );
}
