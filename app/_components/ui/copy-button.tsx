'use client';
import { useEffect, useState } from 'react';
import { Button, type ButtonSize } from './button';

/** Copies `value` to the clipboard and says so (politely announced). */
export function CopyButton({ value, label = 'Copy', size = 'sm', testId }: { value: string; label?: string; size?: ButtonSize; testId?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        size={size}
        data-testid={testId}
        onClick={() => {
          navigator.clipboard.writeText(value).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {label}
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'Could not copy; select the text instead.' : ''}
      </span>
    </span>
  );
}
