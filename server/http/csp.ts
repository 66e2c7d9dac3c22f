/**
 * The Content-Security-Policy of every page: scripts only from this origin and with the request's
 * nonce (Next.js reads the nonce from the request's CSP header and puts it on its own scripts;
 * 'strict-dynamic' lets those load the app's chunks). No 'unsafe-inline' for scripts. Styles keep
 * 'unsafe-inline': React style attributes and Chart.js set inline styles, which nonces cannot cover.
 * API routes get a fixed policy from next.config.mjs (they serve no scripts).
 */
export function pageContentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === 'development'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** A fresh, unguessable nonce per request (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
