/**
 * A callback URL reduced to a path on this site ("/invite/abc?x=1"), or undefined. Auth.js hands the
 * sign-in page absolute URLs; only their path is kept, so a link can never send a user elsewhere.
 * The sign-in and sign-up pages themselves are dropped (no loops).
 */
export function localPath(value: string | string[] | undefined | null): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return undefined;
  try {
    const url = new URL(raw, 'http://local.invalid');
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith('/') || path.startsWith('//')) return undefined;
    if (/^\/(sign-in|sign-up|verify)(\/|\?|#|$)/.test(path)) return undefined;
    return path;
  } catch {
    return undefined;
  }
}

/** The first value of a search parameter. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
