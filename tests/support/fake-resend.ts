import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface CapturedEmail {
  id: string;
  from: string;
  /** Resend's reply_to, as the SDK sends it (a string or a list); undefined when the email had none. */
  replyTo?: string | string[];
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  idempotencyKey?: string;
  receivedAt: number;
}

export interface FakeResend {
  url: string;
  emails: CapturedEmail[];
  requests: { path: string; status: number; at: number }[];
  close(): Promise<void>;
}

/**
 * A local stand-in for Resend's HTTP API that the real SDK talks to through
 * RESEND_BASE_URL. It records every email and can enforce Resend's rate
 * limit (429 above N requests per second) and idempotency keys, and answer
 * after a delay like a real API across the internet (`latencyMs`).
 */
export async function startFakeResend(opts: { port?: number; requestsPerSecond?: number; latencyMs?: number } = {}): Promise<FakeResend> {
  const emails: CapturedEmail[] = [];
  const requests: FakeResend["requests"] = [];
  const seenKeys = new Map<string, unknown>();
  let counter = 0;

  const readJson = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  };

  const record = (body: Record<string, unknown>, idempotencyKey?: string): CapturedEmail => {
    const email: CapturedEmail = {
      id: `fake_${++counter}`,
      from: String(body.from),
      replyTo: (body.reply_to ?? undefined) as string | string[] | undefined,
      to: ([] as string[]).concat(body.to as string | string[]),
      subject: String(body.subject),
      html: body.html as string | undefined,
      text: body.text as string | undefined,
      idempotencyKey,
      receivedAt: Date.now(),
    };
    emails.push(email);
    return email;
  };

  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const now = Date.now();
    const reply = (status: number, body: unknown) => {
      requests.push({ path, status, at: now });
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };

    if (req.method === "GET" && path === "/__emails") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(emails));
      return;
    }
    if (req.method === "DELETE" && path === "/__emails") {
      emails.length = 0;
      requests.length = 0;
      res.writeHead(204).end();
      return;
    }
    if (opts.requestsPerSecond) {
      const inLastSecond = requests.filter((r) => r.at > now - 1000 && r.status !== 429).length;
      if (inLastSecond >= opts.requestsPerSecond) {
        reply(429, { name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 });
        return;
      }
    }
    const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
    if (idempotencyKey && seenKeys.has(idempotencyKey)) {
      reply(200, seenKeys.get(idempotencyKey));
      return;
    }
    const body = await readJson(req);
    if (opts.latencyMs) await new Promise((resolve) => setTimeout(resolve, opts.latencyMs));
    let response: unknown;
    if (req.method === "POST" && path === "/emails") {
      response = { id: record(body).id };
    } else if (req.method === "POST" && path === "/emails/batch") {
      response = { data: (body as Record<string, unknown>[]).map((b) => ({ id: record(b, idempotencyKey).id })) };
    } else {
      reply(404, { name: "not_found", message: `No route ${req.method} ${path}`, statusCode: 404 });
      return;
    }
    if (idempotencyKey) seenKeys.set(idempotencyKey, response);
    reply(200, response);
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    emails,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
