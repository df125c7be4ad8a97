// One root logger; children per job. Tokens never, message text only when LOG_MESSAGE_TEXT=true.
import { type DestinationStream, type Logger, pino } from "pino";

const SECRETS = [
  "token",
  "*.token",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "*.headers.authorization",
  "signingSecret",
  "*.signingSecret",
];
const TEXT = ["text", "*.text", "draft", "*.draft", "finalText", "*.finalText"];

export function createLogger(
  options: { level: string; logMessageText: boolean },
  destination?: DestinationStream,
): Logger {
  const paths = options.logMessageText ? SECRETS : [...SECRETS, ...TEXT];
  return pino(
    {
      level: options.level,
      redact: { paths, censor: "[redacted]" },
      base: { app: "collab-triage" },
    },
    destination,
  );
}
