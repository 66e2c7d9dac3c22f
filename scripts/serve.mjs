/**
 * `npm run serve` (and the last step of `npm start`): the built app on PORT (default 3000), served by
 * Next.js's own request handler behind a plain Node HTTP server. The one thing it adds is the peer
 * address of each connection, in `x-footprint-peer` (whatever a client sent under that name is
 * overwritten): the app reads the client IP from it and from forwarding headers only as far as
 * TRUSTED_PROXIES allows (server/auth/client-ip.ts). A bare `next start` cannot tell the peer apart
 * from a forged X-Forwarded-For.
 */
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers['x-footprint-peer'] = req.socket.remoteAddress ?? '';
  void handle(req, res);
});
server.on('upgrade', (req, socket, head) => {
  req.headers['x-footprint-peer'] = req.socket.remoteAddress ?? '';
  void app.getUpgradeHandler()(req, socket, head);
});
server.listen(port, hostname, () => console.log(`[serve] Footprint on http://${hostname ?? 'localhost'}:${port}`));
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    server.close();
    process.exit(0);
  });
}
