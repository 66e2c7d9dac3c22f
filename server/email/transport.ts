/**
 * Outgoing mail: through nodemailer to SMTP_URL when it is set; otherwise into the outbox table, which
 * the app shows at /outbox (and the server log), so the embedded default works with no mail server.
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { Queryable } from '@/db/client';
import { outboxMessages } from '@/db/schema';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export const MAIL_FROM = process.env.MAIL_FROM ?? 'Footprint <no-reply@footprint.local>';

let transporter: { url: string; transport: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (transporter?.url !== url) transporter = { url, transport: createTransport(url) };
  return transporter.transport;
}

/**
 * The /outbox page shows every message, sign-in links included, so it is on only for local runs: no
 * SMTP_URL, and either a development server or `npm start`'s local mode (FOOTPRINT_LOCAL_OUTBOX=1).
 * A shared deployment sets SMTP_URL and never shows it.
 */
export function outboxEnabled(): boolean {
  if (process.env.SMTP_URL) return false;
  return process.env.NODE_ENV !== 'production' || process.env.FOOTPRINT_LOCAL_OUTBOX === '1';
}

/** Sends now (SMTP) or writes to the outbox on `db` (the caller's transaction, if it has one). */
export async function sendMail(db: Queryable, message: MailMessage, smtpUrl = process.env.SMTP_URL): Promise<{ via: 'smtp' | 'outbox' }> {
  if (smtpUrl) {
    const info = await smtpTransport(smtpUrl).sendMail({ from: MAIL_FROM, ...message });
    const failed = [...(info.rejected ?? [])];
    if (failed.length) throw new Error(`Mail to ${failed.join(', ')} was rejected by the SMTP server.`);
    return { via: 'smtp' };
  }
  await db.insert(outboxMessages).values({ ...message, sent: false });
  console.info(`[outbox] to=${message.to} subject=${JSON.stringify(message.subject)}\n${message.text}`);
  return { via: 'outbox' };
}
