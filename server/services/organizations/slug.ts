import { like } from 'drizzle-orm';
import type { Queryable } from '@/db/client';
import { organizations } from '@/db/schema';

/** "Acme Imports, Inc." → "acme-imports-inc"; at least 3 characters, at most 40. */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return base.length >= 3 ? base : `org-${base || 'new'}`.slice(0, 40);
}

/** First path segments the app itself uses: an organization slug must never shadow them. */
export const RESERVED_SLUGS = new Set(['api', 'app', 'portfolio', 'onboarding', 'outbox', 'invite', 'verify', 'sign-in', 'sign-up', 'settings', 'admin', 'new', 'static']);

/** A slug not used yet nor reserved: the name's slug, else with -2, -3, ... */
export async function uniqueSlug(db: Queryable, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await db.select({ slug: organizations.slug }).from(organizations).where(like(organizations.slug, `${base}%`))).map((r) => r.slug),
  );
  if (!taken.has(base) && !RESERVED_SLUGS.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
