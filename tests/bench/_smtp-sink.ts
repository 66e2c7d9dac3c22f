/**
 * The benchmark's SMTP peer, in its own process so parsing 1,000 messages does not share the sender's
 * thread (a real mail relay runs elsewhere too). Reports its port, then one IPC message per accepted
 * message: recipient, organization and digest headers.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  disableReverseLookup: true,
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const head = Buffer.concat(chunks).toString('utf8').split(/\r?\n\r?\n/)[0] ?? '';
      const digest = /^X-Footprint-Digest: (.*)$/im.exec(head)?.[1] ?? '?';
      const org = /^X-Footprint-Organization: (.*)$/im.exec(head)?.[1] ?? '?';
      // Read the envelope before answering: the session is reset once the 250 goes out.
      const accepted = session.envelope.rcptTo.map((r) => `${r.address}|${org}|${digest}`);
      callback();
      process.send?.({ accepted });
    });
  },
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.server.address() as AddressInfo).port }));
process.on('disconnect', () => server.close(() => process.exit(0)));
