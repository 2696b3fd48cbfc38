// Firefox's only way out to the web during the test: an HTTP proxy on 127.0.0.1 that tunnels
// CONNECT www.linkedin.com:443 into an HTTPS server living in this process (never a real socket to
// the internet) and refuses everything else. The browser thus resolves the real hostname to us.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export type Route = (request: IncomingMessage, body: string) => { status?: number; type?: string; body: string } | null;

export class FixtureProxy {
  /** Every address asked for that no route answers: refused here, so it never reached the network. */
  readonly unserved: string[] = [];
  private readonly proxy: Server;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly host: string,
    tls: { key: string; cert: string },
    private readonly route: Route,
  ) {
    const site = createHttpsServer(tls, (request, response) => void this.answer(request, response));
    this.proxy = createHttpServer((request, response) => {
      // Plain http:// through the proxy: nothing of ours lives there.
      this.unserved.push(request.url ?? '');
      response.writeHead(404).end();
    });
    this.proxy.on('connect', (request: IncomingMessage, socket: Socket, head: Buffer) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
      if (request.url !== `${this.host}:443`) {
        this.unserved.push(`https://${request.url ?? ''}`);
        socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) socket.unshift(head);
      // The tunnel's bytes are the TLS stream: hand the socket to the HTTPS server as if it connected there.
      site.emit('connection', socket);
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.proxy.once('error', reject);
      this.proxy.listen(0, '127.0.0.1', () => resolve());
    });
    return (this.proxy.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.proxy.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = `https://${this.host}${request.url ?? '/'}`;
    let reply: ReturnType<Route>;
    try {
      reply = this.route(request, Buffer.concat(chunks).toString('utf8'));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      return;
    }
    if (!reply) {
      this.unserved.push(url);
      response.writeHead(404, { 'content-type': 'text/plain' }).end();
      return;
    }
    response
      .writeHead(reply.status ?? 200, { 'content-type': reply.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(reply.body);
  }
}
