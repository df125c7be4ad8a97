// One small HTTP server: health, metrics, and whatever routes adapters add (Slack's events).
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

const OWN_ROUTES = new Set(["GET /healthz", "GET /metrics"]);

export function createHttpServer(options: {
  health: () => Promise<Health>;
  metrics: () => Promise<{ contentType: string; body: string }>;
}): HttpServer {
  const routes = new Map<string, HttpHandler>();
  let refusing = false;
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

  const server: Server = createServer((req, res) => {
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
  });

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

function send(
  res: import("node:http").ServerResponse,
  status: number,
  contentType: string,
  body: string,
): void {
  res.writeHead(status, { "content-type": contentType }).end(body);
}
