/** Environment for local runs: telemetry off, APP_ORIGIN on localhost, and a generated AUTH_SECRET in .data/ when none is set. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function localEnv() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  // Local runs with no mail server show sent mail (sign-in links, invitations) at /outbox.
  if (!env.SMTP_URL && env.FOOTPRINT_LOCAL_OUTBOX === undefined) env.FOOTPRINT_LOCAL_OUTBOX = '1';
  // Links in emails come from APP_ORIGIN only (server/auth/app-origin.ts); a local run serves localhost.
  if (!env.APP_ORIGIN) env.APP_ORIGIN = `http://localhost:${env.PORT || '3000'}`;
  if (!env.AUTH_SECRET) {
    const file = path.join(process.cwd(), '.data', 'auth-secret');
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(33).toString('base64'), { mode: 0o600 });
      console.log('[start] no AUTH_SECRET set: generated one into .data/auth-secret (set AUTH_SECRET in production)');
    }
    env.AUTH_SECRET = readFileSync(file, 'utf8').trim();
  }
  return env;
}
