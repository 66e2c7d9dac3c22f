const isDev = process.env.NODE_ENV !== 'production';

// Pages get a per-request policy with a script nonce from proxy.ts (server/http/csp.ts); this fixed one is
// for API routes and files, which serve no scripts. No third-party origins are used.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and WASM packages load from node_modules at run time (PGlite's WASM fails when bundled).
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', '@napi-rs/canvas', 'highs', 'postgres', 'nodemailer', 'pg-boss'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: csp }] },
    ];
  },
};

export default nextConfig;
