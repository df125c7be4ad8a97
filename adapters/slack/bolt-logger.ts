// Bolt's and the Web API client's logs into our pino logger. Their debug output carries request
// bodies (message text), so it is dropped: text is logged only when the app is asked to.
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "pino";

export function boltLogger(logger: Logger): BoltLogger {
  const line = (parts: unknown[]) =>
    parts.map((p) => (p instanceof Error ? p.message : String(p))).join(" ");
  return {
    debug: () => {},
    info: (...parts: unknown[]) => logger.debug({ source: "bolt" }, line(parts)),
    warn: (...parts: unknown[]) => logger.warn({ source: "bolt" }, line(parts)),
    error: (...parts: unknown[]) => logger.error({ source: "bolt" }, line(parts)),
    setLevel: () => {},
    // Bolt's socket client only asks, to decide whether to build its debug strings.
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
