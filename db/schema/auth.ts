/** Global identity tables: users and the tables Auth.js's Drizzle adapter needs. */
import { boolean, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { newId } from './ids';
import { timestamptz } from './columns';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().$defaultFn(newId),
    email: text('email').notNull(),
    name: text('name'),
    image: text('image'),
    passwordHash: text('password_hash'),
    emailVerified: timestamptz('email_verified'),
    /** Bumped by "sign out everywhere"; a JWT carrying an older version is refused on its next request. */
    sessionVersion: integer('session_version').notNull().default(1),
    disabledAt: timestamptz('disabled_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`)],
);

export const accounts = pgTable(
  'accounts',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable('sessions', {
  sessionToken: text('session_token').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expires: timestamptz('expires').notNull(),
});

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamptz('expires').notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Mail the app would have sent when no SMTP_URL is configured (the dev outbox page lists it). */
export const outboxMessages = pgTable('outbox_messages', {
  id: uuid('id').primaryKey().$defaultFn(newId),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  sent: boolean('sent').notNull().default(false),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/**
 * Attempt counters per key (`login:email:<addr>`, `login:ip:<addr>`, `magic:email:<addr>`, ...): each
 * attempt is counted by one upsert before it is evaluated (server/auth/throttle.ts). `allowed` is the
 * decision of the latest attempt, returned by that same upsert.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  attempts: integer('attempts').notNull().default(0),
  lastAttemptAt: timestamptz('last_attempt_at').notNull().defaultNow(),
  /** After the free attempts, the next one is evaluated no sooner than this (a delay that doubles). */
  notBefore: timestamptz('not_before'),
  allowed: boolean('allowed').notNull().default(true),
});
