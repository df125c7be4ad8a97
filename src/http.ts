// One small HTTP server: health, metrics, and whatever routes adapters add (Slack's events). With
// METRICS_PORT, health and metrics get a second one of their own, on loopback unless told.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { HttpHandler } from "./ports.ts";

export interface Health {
  ok: boolean;
  redis: "up" | "down";
  workers: Record<string, "running" | "stopped">;
  role: string;
  /** The classifier's model id. */
  model?: string;
}

export interface HttpServer {
  route(method: string, path: string, handler: HttpHandler): void;
  listen(port: number, host?: string): Promise<number>;
  /** From now on, routes the adapters added answer 503 (shutting down); health and metrics stay. */
  refuseRoutes(): void;
  close(): Promise<void>;
}

/**
 * What one client may hold. The port faces the internet (Slack's events), and Slack sends small
 * requests that must be answered within 3 seconds: anything slower is not Slack.
 */
export interface HttpLimits {
  /** Time to receive a request's headers (Node's default: 60 s). */
  headersTimeoutMs: number;
  /** Time to receive a whole request (Node's default: 300 s). */
  requestTimeoutMs: number;
  /** Open connections at once; more are closed as they arrive (Node's default: no cap). */
  maxConnections: number;
  /** How often Node checks the two timeouts (its default, 30 s, would let them run long). */
  checkIntervalMs: number;
}

export const HTTP_LIMITS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  maxConnections: 256,
  checkIntervalMs: 1000,
} as const satisfies HttpLimits;

const OWN_ROUTES = new Set(["GET /healthz", "GET /metrics"]);

export function createHttpServer(options: {
  /** Served at /healthz and /metrics when given; left out, this server has only added routes. */
  own?: {
    health: () => Promise<Health>;
    metrics: () => Promise<{ contentType: string; body: string }>;
  };
  limits?: Partial<HttpLimits>;
}): HttpServer {
  const routes = new Map<string, HttpHandler>();
  let refusing = false;
  const limits: HttpLimits = { ...HTTP_LIMITS, ...options.limits };
  if (options.own) addOwnRoutes(routes, options.own);

  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
    (req, res) => {
      const path = (req.url ?? "/").split("?")[0];
      const key = `${req.method} ${path}`;
      const handler = routes.get(key);
      if (handler && refusing && !OWN_ROUTES.has(key)) {
        // A 503 makes the platform retry later (another replica, or this one after a restart).
        return send(res, 503, "application/json", JSON.stringify({ error: "shutting down" }));
      }
      if (handler) return handler(req, res);
      const known = [...routes.keys()].some((key) => key.endsWith(` ${path}`));
      send(
        res,
        known ? 405 : 404,
        "application/json",
        JSON.stringify({ error: known ? "method not allowed" : "not found" }),
      );
    },
  );
  server.maxConnections = limits.maxConnections;

  return {
    route(method, path, handler) {
      routes.set(`${method.toUpperCase()} ${path}`, handler);
    },
    listen(port, host = "0.0.0.0") {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    refuseRoutes() {
      refusing = true;
    },
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}

function addOwnRoutes(
  routes: Map<string, HttpHandler>,
  options: NonNullable<Parameters<typeof createHttpServer>[0]["own"]>,
): void {
  routes.set("GET /healthz", (_req, res) => {
    options.health().then(
      (health) => send(res, health.ok ? 200 : 503, "application/json", JSON.stringify(health)),
      (err: Error) =>
        send(res, 503, "application/json", JSON.stringify({ ok: false, error: err.message })),
    );
  });
  routes.set("GET /metrics", (_req, res) => {
    options.metrics().then(
      ({ contentType, body }) => send(res, 200, contentType, body),
      (err: Error) => send(res, 500, "text/plain", `metrics failed: ${err.message}\n`),
    );
  });
}

function send(
  res: import("node:http").ServerResponse,
  status: number,
  contentType: string,
  body: string,
): void {
  res.writeHead(status, { "content-type": contentType }).end(body);
}
