/**
 * Auth.js v5: credentials (email + password) and email magic links, JWT sessions. A session ends on
 * the next request once its user's `session_version` moved on (sign-out, sign out everywhere,
 * password change, removal from an organization, revoked grant): the jwt callback checks it against
 * the database on every session read and drops the cookie, and every tRPC procedure checks it too.
 */
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import Nodemailer from 'next-auth/providers/nodemailer';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/instance';
import { withGlobal, type Database } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { RateLimited } from '../errors';
import { verifyCredentials } from '../services/account/verify-credentials';
import { sendMail } from '../email/transport';
import { runtimeAuthConfig } from './config';
import { ensureAuthSecret } from './secret';
import { clientIp } from './client-ip';
import { countMagicLinkRequest } from './throttle';

class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

/** The client IP of the request Auth.js is serving: a route handler passes it; a server action has next/headers. */
async function requestIp(request: Request | undefined): Promise<string | null> {
  if (request) return clientIp(request.headers);
  try {
    const { headers } = await import('next/headers');
    return clientIp(await headers());
  } catch {
    return null; // outside a request (scripts, tests)
  }
}

async function currentVersion(db: Database, userId: string): Promise<number | null> {
  const [row] = await withGlobal(db, (tx) => tx.select({ v: users.sessionVersion, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).limit(1));
  return row && !row.disabledAt ? row.v : null;
}

export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => {
  const db = await getDb();
  const base = runtimeAuthConfig();
  return {
    ...base,
    secret: ensureAuthSecret(),
    // A wrong password is an answer, not a server error: keep it out of the error log.
    logger: { error: (error: Error) => void (error.name === 'CredentialsSignin' || console.error('[auth]', error)) },
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens } as never),
    callbacks: {
      ...base.callbacks,
      async signIn({ user, email }) {
        if (!email?.verificationRequest) return true;
        // A magic-link request: counted per IP and per address before any mail goes out (mail bombing).
        try {
          await countMagicLinkRequest(db, String(user.email ?? ''), await requestIp(request));
          return true;
        } catch (error) {
          if (error instanceof RateLimited) return `${process.env.AUTH_URL}/verify?retryAfter=${error.retryAfterSeconds}`;
          throw error;
        }
      },
      async jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.sv = (await currentVersion(db, user.id)) ?? 0;
          return token;
        }
        if (typeof token.uid !== 'string') return null;
        const version = await currentVersion(db, token.uid);
        return version !== null && version === token.sv ? token : null;
      },
    },
    events: {
      /** Sign-out ends this session for good: its version is spent, so a copy of the cookie is refused too. */
      async signOut(message) {
        const token = 'token' in message ? message.token : null;
        if (typeof token?.uid !== 'string' || typeof token.sv !== 'number') return;
        await withGlobal(db, (tx) =>
          tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(and(eq(users.id, token.uid as string), eq(users.sessionVersion, token.sv as number))),
        );
      },
    },
    providers: [
      Credentials({
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const ip = clientIp(req.headers);
          try {
            return await verifyCredentials({ db, email: String(credentials.email ?? ''), password: String(credentials.password ?? ''), ip });
          } catch (error) {
            if (error instanceof RateLimited) throw new ThrottledSignIn(error.retryAfterSeconds);
            return null;
          }
        },
      }),
      Nodemailer({
        // A connection string: an object here is deep-merged with an empty login and fails.
        server: process.env.SMTP_URL || 'smtp://localhost:25',
        from: process.env.MAIL_FROM ?? 'Footprint <no-reply@footprint.local>',
        async sendVerificationRequest({ identifier, url }) {
          // `url` is built by Auth.js from AUTH_URL, i.e. APP_ORIGIN (server/auth/config.ts), never from Host.
          await sendMail(db, {
            to: identifier,
            subject: 'Your Footprint sign-in link',
            text: `Sign in to Footprint:\n\n${url}\n\nThe link works once and expires in 24 hours. If you did not ask for it, ignore this email.`,
            html: `<p>Sign in to Footprint:</p><p><a href="${url}">Sign in</a></p><p>The link works once and expires in 24 hours. If you did not ask for it, ignore this email.</p>`,
          });
        },
      }),
    ],
  };
});
