/**
 * Outgoing mail: through nodemailer to SMTP_URL when it is set; otherwise into the outbox table, which
 * the app shows at /outbox (and the server log), so the embedded default works with no mail server.
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { Queryable } from '@/db/client';
import { outboxMessages } from '@/db/schema';

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
  /** Content-ID for an inline image, referenced from the HTML as `cid:<cid>`. */
  cid?: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /** A fixed Message-ID (`<id@domain>`), so every attempt of one message carries the same one. */
  messageId?: string;
}

export interface SentMail {
  via: 'smtp' | 'outbox';
  messageId: string | null;
}

export const MAIL_FROM = process.env.MAIL_FROM ?? 'Footprint <no-reply@footprint.local>';

let transporter: { url: string; transport: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (transporter?.url !== url) {
    transporter?.transport.close();
    // Timeouts short enough that a hung server fails the attempt (and frees its lease) within minutes.
    transporter = { url, transport: createTransport(url, { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 }) };
  }
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

/** An SMTP refusal, with whether trying again later can help (4xx, network) or not (5xx). */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly responseCode: number | null,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}

/**
 * Classifies what nodemailer threw: a 5xx reply (mailbox unknown, rejected) is permanent; a 4xx reply,
 * a refused connection or a timeout is temporary.
 */
export function classifyMailError(error: unknown): MailDeliveryError {
  if (error instanceof MailDeliveryError) return error;
  const e = error as { responseCode?: number; message?: string; rejectedErrors?: { responseCode?: number }[] };
  const code = e.responseCode ?? e.rejectedErrors?.find((r) => r.responseCode)?.responseCode ?? null;
  const message = (e.message ?? String(error)).slice(0, 500);
  return new MailDeliveryError(message, code !== null && code >= 500 && code < 600, code);
}

/**
 * Sends now (SMTP) or writes to the outbox on `db` (the caller's transaction, if it has one). Throws a
 * MailDeliveryError when the server refuses the message.
 */
export async function sendMail(db: Queryable, message: MailMessage, smtpUrl = process.env.SMTP_URL): Promise<SentMail> {
  if (smtpUrl) {
    let info: { messageId?: string; rejected?: unknown[]; rejectedErrors?: unknown[] };
    try {
      info = await smtpTransport(smtpUrl).sendMail({ from: MAIL_FROM, ...message });
    } catch (error) {
      throw classifyMailError(error);
    }
    const failed = [...(info.rejected ?? [])];
    if (failed.length) {
      const detail = classifyMailError({ message: `Mail to ${failed.map(String).join(', ')} was rejected by the SMTP server.`, rejectedErrors: info.rejectedErrors });
      throw detail;
    }
    return { via: 'smtp', messageId: info.messageId ?? message.messageId ?? null };
  }
  await db.insert(outboxMessages).values({ to: message.to, subject: message.subject, text: message.text, html: message.html, sent: false });
  console.info(`[outbox] to=${message.to} subject=${JSON.stringify(message.subject)}\n${message.text}`);
  return { via: 'outbox', messageId: message.messageId ?? null };
}
