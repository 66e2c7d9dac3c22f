/** The IANA time zones this runtime knows, for the time-zone picker (the reader's own zone first). */
export function timeZoneOptions(current: string, organization: string): { value: string; label: string }[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const first = [...new Set([current, organization])];
  return [...first, ...all.filter((z) => !first.includes(z))].map((z) => ({ value: z, label: z === organization ? `${z} (organization)` : z }));
}

export const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }));
