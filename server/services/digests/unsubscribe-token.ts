/**
 * The signed token in a digest's unsubscribe link: tenant, subscription, expiry and the subscription's
 * token_version, with an HMAC-SHA256 under a key derived from AUTH_SECRET. It carries the tenant so the
 * row is read inside withTenant; changing one character, or an expired link, or a link from before the
 * version was bumped, is refused. Nothing secret is stored: the key never leaves the server.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ensureAuthSecret } from '../../auth/secret';

export const UNSUBSCRIBE_TOKEN_DAYS = 90;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface UnsubscribeClaims {
  tenantId: string;
  subscriptionId: string;
  tokenVersion: number;
  expiresAt: Date;
}

function key(secret: string): Buffer {
  return createHmac('sha256', secret).update('footprint:digest-unsubscribe:v1').digest();
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', key(secret)).update(payload).digest('base64url');
}

export function createUnsubscribeToken(
  claims: Omit<UnsubscribeClaims, 'expiresAt'>,
  now: Date,
  secret = ensureAuthSecret(),
): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 86_400;
  const payload = `1.${claims.tenantId}.${claims.subscriptionId}.${claims.tokenVersion}.${expires}`;
  return `${Buffer.from(payload).toString('base64url')}.${sign(payload, secret)}`;
}

export type TokenCheck = { ok: true; claims: UnsubscribeClaims } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

/** Checks the signature and expiry (the caller then checks token_version against the row). */
export function verifyUnsubscribeToken(token: string, now: Date, secret = ensureAuthSecret()): TokenCheck {
  if (typeof token !== 'string' || token.length > 400) return { ok: false, reason: 'malformed' };
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined) return { ok: false, reason: 'malformed' };
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' };
  const [version, tenantId, subscriptionId, tokenVersion, expires] = payload.split('.');
  if (version !== '1' || !tenantId || !UUID.test(tenantId) || !subscriptionId || !UUID.test(subscriptionId)) return { ok: false, reason: 'malformed' };
  const expiresAt = new Date(Number(expires) * 1000);
  if (!Number.isFinite(expiresAt.getTime()) || !Number.isInteger(Number(tokenVersion))) return { ok: false, reason: 'malformed' };
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { tenantId, subscriptionId, tokenVersion: Number(tokenVersion), expiresAt } };
}
