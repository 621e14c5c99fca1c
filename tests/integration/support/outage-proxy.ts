import { createServer, type Socket, connect } from "node:net";

/**
 * A pass-through TCP proxy in front of PostgreSQL that can "go down": every
 * open connection is cut (both sides, so the server aborts any open
 * transaction at once) and new connections are refused (the listener is
 * closed, so clients get ECONNREFUSED) until it comes back on the same port.
 */
export async function startOutageProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const upstreamHost = target.hostname || "127.0.0.1";
  const upstreamPort = Number(target.port || 5432);
  const open = new Set<Socket>();
  let connections = 0;
  let cut = 0;

  const server = createServer((client) => {
    connections += 1;
    const upstream = connect(upstreamPort, upstreamHost);
    open.add(client).add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
    client.pipe(upstream);
    upstream.pipe(client);
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });

  await listen(0);
  const port = (server.address() as { port: number }).port;
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);

  let up = true;
  return {
    /** DATABASE_URL through the proxy. */
    url: url.toString(),
    get isUp() {
      return up;
    },
    /** Connections accepted so far, and connections cut by outages. */
    stats: () => ({ connections, cut, open: open.size / 2 }),
    /** Cuts every open connection and refuses new ones. */
    down() {
      if (!up) return;
      up = false;
      server.close();
      cut += open.size / 2;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    /** Accepts connections again, on the same port. */
    async up() {
      if (up) return;
      await listen(port);
      up = true;
    },
    async close() {
      for (const socket of open) socket.destroy();
      open.clear();
      if (up) await new Promise<void>((resolve) => server.close(() => resolve()));
      up = false;
    },
  };
}

export type OutageProxy = Awaited<ReturnType<typeof startOutageProxy>>;
