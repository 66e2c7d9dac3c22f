'use client';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuButtonProps {
  /** Accessible name of the button (e.g. "Switch organization"). */
  label: string;
  /** What the button shows. */
  button: ReactNode;
  /** Menu content: elements with role="menuitem" (links, buttons), groups and separators. */
  children: ReactNode;
  align?: 'left' | 'right';
  buttonClassName?: string;
  menuClassName?: string;
  testId?: string;
}

const ITEM = '[role="menuitem"]:not([aria-disabled="true"])';

/**
 * A menu button (WAI-ARIA menu pattern): Enter, Space or ↓ opens it on the first item, ↑ on the last;
 * ↑ ↓ Home End move, Escape closes and returns focus to the button, Tab and outside clicks close it.
 * The menu stays mounted while hidden, so a form inside it is still connected when it submits.
 */
export function MenuButton({ label, button, children, align = 'left', buttonClassName = '', menuClassName = '', testId }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () => Array.from(menuRef.current?.querySelectorAll<HTMLElement>(ITEM) ?? []);
  const focusItem = (index: number) => {
    const list = items();
    if (list.length === 0) return;
    list[(index + list.length) % list.length]?.focus();
  };

  // Which item to focus once the menu is shown (focus() on a hidden element does nothing).
  const focusOnOpen = useRef<'first' | 'last' | null>(null);
  function openAt(which: 'first' | 'last') {
    focusOnOpen.current = which;
    setOpen(true);
  }

  useLayoutEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusItem(focusOnOpen.current === 'first' ? 0 : -1);
    focusOnOpen.current = null;
  });

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt('last');
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') focusItem(index + 1);
    else if (event.key === 'ArrowUp') focusItem(index - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(-1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  }

  return (
    <div ref={wrapperRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        data-testid={testId}
        onClick={() => (open ? setOpen(false) : openAt('first'))}
        onKeyDown={onButtonKeyDown}
        className={`inline-flex items-center gap-2 rounded-md focus-visible:outline-2 focus-visible:outline-brand-500 ${buttonClassName}`}
      >
        {button}
      </button>
      <div
        ref={menuRef}
        id={menuId}
        role="menu"
        aria-label={label}
        hidden={!open}
        onKeyDown={onMenuKeyDown}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('[role="menuitem"]')) setOpen(false);
        }}
        className={`absolute z-40 mt-2 max-h-[70vh] min-w-64 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg ${align === 'right' ? 'right-0' : 'left-0'} ${menuClassName}`}
      >
        {children}
      </div>
    </div>
  );
}

/** Classes of a menu item (link or button). */
export const menuItemClasses =
  'flex w-full items-center gap-2 px-3 py-2 text-left text-sm text-slate-800 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none';

export function MenuGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="py-1">
      <p aria-hidden="true" className="px-3 pt-1 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {label}
      </p>
      {children}
    </div>
  );
}

export function MenuSeparator() {
  return <div role="separator" className="my-1 border-t border-slate-200" />;
}
