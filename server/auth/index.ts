/** Auth.js v5: credentials (email + password) and email magic links, JWT sessions. */
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import Nodemailer from 'next-auth/providers/nodemailer';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { headers } from 'next/headers';
import { getDb } from '@/db/instance';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { RateLimited } from '../errors';
import { verifyCredentials } from '../services/account/verify-credentials';
import { sendMail } from '../email/transport';
import { authConfig } from './config';
import { ensureAuthSecret } from './secret';
import { clientIp } from './client-ip';

class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    ...authConfig,
    secret: ensureAuthSecret(),
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens } as never),
    providers: [
      Credentials({
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials) {
          const ip = clientIp(await headers());
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
