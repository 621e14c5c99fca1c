import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A pass-through HTTP proxy in front of the fake Resend server that can be
 * told to answer the next request(s) to a path with Resend's 429, whatever
 * the timing. Used where a rate-limit refusal must happen at an exact point.
 */
export async function startRefusingProxy(targetUrl: string) {
  const toRefuse = new Map<string, number>();
  const refused: string[] = [];

  const server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);

    const left = toRefuse.get(path) ?? 0;
    if (req.method === "POST" && left > 0) {
      toRefuse.set(path, left - 1);
      refused.push(path);
      res.writeHead(429, { "content-type": "application/json" }).end(JSON.stringify({ name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 }));
      return;
    }

    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || ["host", "connection", "content-length", "transfer-encoding"].includes(name)) continue;
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const body = Buffer.concat(chunks);
    const upstream = await fetch(`${targetUrl}${req.url ?? "/"}`, { method: req.method, headers, body: body.length ? body : undefined });
    res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" }).end(Buffer.from(await upstream.arrayBuffer()));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Paths of the requests answered with 429, in order. */
    refused,
    /** Answers the next `times` POSTs to `path` with 429. */
    refuseNext(path: string, times = 1) {
      toRefuse.set(path, (toRefuse.get(path) ?? 0) + times);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
