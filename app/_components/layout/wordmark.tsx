/** The Footprint wordmark: a mark of three nodes and the name. */
export function Wordmark({ className = '' }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight text-slate-900 ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 text-brand-600">
        <rect width="24" height="24" rx="6" fill="currentColor" />
        <circle cx="8" cy="8" r="2.2" fill="white" />
        <circle cx="16.5" cy="10" r="2.2" fill="white" />
        <circle cx="10" cy="16.5" r="2.2" fill="white" />
        <path d="M8 8l8.5 2M8 8l2 8.5M16.5 10 10 16.5" stroke="white" strokeWidth="1.2" opacity="0.7" />
      </svg>
      <span className="text-lg">Footprint</span>
    </span>
  );
}
