/**
 * The app's own absolute origin: the only source of links in emails (sign-in links, invitations) and
 * of Auth.js's URLs, never a request header (a forged Host or X-Forwarded-Host would otherwise put an
 * attacker's host into a link mailed to a victim). APP_ORIGIN is required in production; in
 * development it defaults to http://localhost:<PORT>. `npm start` sets it the same way for local runs.
 */
export function appOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.APP_ORIGIN?.trim();
  if (configured) {
    let url: URL;
    try {
      url = new URL(configured);
    } catch {
      throw new Error(`APP_ORIGIN "${configured}" is not an absolute URL. Set it to the app's origin, e.g. https://footprint.example.com`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`APP_ORIGIN must be an http(s) origin, not ${url.protocol}`);
    return url.origin;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error('APP_ORIGIN is not set. Set it to the origin users open, e.g. APP_ORIGIN=https://footprint.example.com (links in emails are built from it).');
  }
  return `http://localhost:${env.PORT || '3000'}`;
}

/** Session cookies are `Secure` (and `__Secure-` prefixed) whenever the app is served over https. */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return appOrigin(env).startsWith('https:');
}
