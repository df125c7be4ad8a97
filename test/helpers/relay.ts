// A TCP relay to the real Redis that a test can cut and then restore on the same port, as when
// Redis goes away under a running app and comes back.
import {
  type AddressInfo,
  createServer,
  type Server,
  type Socket,
  connect as tcpConnect,
} from "node:net";

export interface RedisRelay {
  url: string;
  /**
   * Drops the open connections (both ends) and refuses new ones until restore(). `keep` spares the
   * one from that client port: one connection of a process up while its others reconnect.
   */
  cut(options?: { keep?: number }): Promise<void>;
  /** Accepts connections again on the same port (if it was cut). */
  restore(): Promise<void>;
}

export async function redisRelay(): Promise<RedisRelay> {
  // Keyed by the client's port: its socket and the one to Redis.
  const pairs = new Map<number, [Socket, Socket]>();
  let server: Server | null = null;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = tcpConnect(6379, "127.0.0.1");
        const clientPort = client.remotePort ?? -1;
        pairs.set(clientPort, [client, upstream]);
        for (const socket of [client, upstream]) {
          socket.on("error", () => {});
          socket.on("close", () => {
            if (pairs.get(clientPort)?.includes(socket)) pairs.delete(clientPort);
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server = s;
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => resolve((s.address() as AddressInfo).port));
    });
  const port = await listen(0);
  return {
    url: `redis://127.0.0.1:${port}`,
    async cut(options = {}) {
      const s = server;
      server = null;
      for (const [clientPort, pair] of pairs) {
        if (clientPort === options.keep) continue;
        for (const socket of pair) socket.destroy();
      }
      if (!s) return;
      // close()'s callback waits for every connection to end, the kept one too: not for that one.
      if (options.keep !== undefined) s.close();
      else await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async restore() {
      if (!server) await listen(port);
    },
  };
}
