'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { SECTIONS, sectionSlugOf, type Section } from './sections';
import { SectionIcon } from './section-icon';
import { Wordmark } from './wordmark';

export interface SidebarProps {
  id: string;
  org: string;
  kind: 'importer' | 'provider';
  /** Below `md` the sidebar is a drawer: open or not. From `md` up it is always shown. */
  open: boolean;
  onClose: () => void;
}

/** A 3PL's own organization has no inventory: its members work in clients through the portfolio. */
const PROVIDER_SLUGS = new Set(['settings']);

function NavLink({ href, label, icon, active, onNavigate }: { href: string; label: string; icon: Section['icon']; active: boolean; onNavigate: () => void }) {
  return (
    <li>
      <Link
        href={href}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
        className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium ${
          active ? 'bg-brand-50 text-brand-700' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'
        }`}
      >
        <SectionIcon name={icon} className={`size-5 shrink-0 ${active ? 'text-brand-600' : 'text-slate-400'}`} />
        {label}
      </Link>
    </li>
  );
}

export function Sidebar({ id, org, kind, open, onClose }: SidebarProps) {
  const pathname = usePathname();
  const current = sectionSlugOf(pathname.split('/')[2]);
  const panelRef = useRef<HTMLElement>(null);
  const sections = kind === 'provider' ? SECTIONS.filter((s) => PROVIDER_SLUGS.has(s.slug)) : SECTIONS;

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('a, button')?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') onClose();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, onClose]);

  return (
    <>
      {open ? <div aria-hidden="true" className="fixed inset-0 z-40 bg-slate-900/40 md:hidden" onClick={onClose} /> : null}
      <nav
        ref={panelRef}
        id={id}
        aria-label="Sections"
        className={`${open ? 'fixed inset-y-0 left-0 z-50 flex shadow-xl' : 'hidden'} w-64 shrink-0 flex-col border-r border-slate-200 bg-white md:sticky md:top-0 md:flex md:h-screen md:shadow-none`}
      >
        <div className="flex h-14 items-center justify-between border-b border-slate-200 px-4">
          <Link href="/" className="rounded-md" onClick={onClose}>
            <Wordmark />
          </Link>
          <button type="button" onClick={onClose} aria-label="Close menu" className="rounded-md p-2 text-slate-500 hover:bg-slate-100 md:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
              <path d="M5 5l10 10M15 5 5 15" strokeLinecap="round" />
            </svg>
          </button>
        </div>
        <ul className="flex-1 space-y-0.5 overflow-y-auto p-3">
          {kind === 'provider' ? (
            <NavLink href="/portfolio" label="Portfolio" icon="network" active={pathname === '/portfolio'} onNavigate={onClose} />
          ) : null}
          {sections.map((s) => (
            <NavLink key={s.slug} href={`/${org}/${s.slug}`} label={s.label} icon={s.icon} active={current === s.slug} onNavigate={onClose} />
          ))}
        </ul>
      </nav>
    </>
  );
}
