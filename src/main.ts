// `npm start`: read the config, check Redis, pick the adapters, run until a signal or end of input.
// This file and src/cli/ are the composition roots: the only places in src/ that import adapters/
// and classifiers/.
import { readFile } from "node:fs/promises";
import { platformsEnabled, selectAdapters } from "../adapters/index.ts";
import { createClassifier } from "../classifiers/index.ts";
import { ModelLoadError, SHIPPED_MODEL } from "../classifiers/local.ts";
import { createApp } from "./app.ts";
import { ConfigError, parseConfig } from "./config.ts";
import { clearDemo, demoPrefix } from "./demo.ts";
import { loadDotEnv } from "./env.ts";
import { createLogger } from "./logger.ts";
import { modelId } from "./model-id.ts";
import { redisProblem } from "./redis-check.ts";
import {
  type LoadedClassifier,
  ReloadableClassifier,
  reloadOn,
  reloadOnChange,
} from "./reloadable-classifier.ts";
import { createResponder } from "./responder/index.ts";

/** stdout's reader went away: the run is ending on purpose. */
let readerGone = false;

async function main(argv: string[]): Promise<number> {
  let config: ReturnType<typeof parseConfig>;
  let demo: boolean;
  try {
    loadDotEnv();
    config = parseConfig(process.env);
    // `--demo`, or CONSOLE_MODE=demo with no platform (the Docker image's default).
    demo =
      argv.includes("--demo") || (config.CONSOLE_MODE === "demo" && !platformsEnabled(process.env));
    if (demo) config = { ...config, QUEUE_PREFIX: demoPrefix(config.QUEUE_PREFIX) };
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`collab-triage: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const problem = await redisProblem(config);
  if (problem) {
    process.stderr.write(`collab-triage: ${problem}\n`);
    return 1;
  }

  // With the console on, stdout is the user's: logs go to stderr, and only warnings unless asked.
  const consoleOn = demo || !platformsEnabled(process.env);
  let stopping: Promise<void> | null = null;
  let stop = async () => {};
  // A reader that stopped reading (`npm run demo | head`) is not an error worth a stack trace.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    // Stopping closes the connections under whatever is still running: its errors are not news.
    readerGone = true;
    stop().finally(() => process.exit(0));
  });
  const level = consoleOn && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL;
  const logger = createLogger(
    { level, logMessageText: config.LOG_MESSAGE_TEXT },
    consoleOn ? process.stderr : process.stdout,
  );
  let selection: ReturnType<typeof selectAdapters>;
  try {
    selection = selectAdapters(process.env, config, logger, { demo });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`collab-triage: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const load = () => loadClassifier(config, logger);
  let first: LoadedClassifier;
  try {
    first = await load();
  } catch (err) {
    if (err instanceof ModelLoadError && config.MODEL_PATH) {
      process.stderr.write(
        `collab-triage: MODEL_PATH=${err.path}: ${err.problem} (set it to a model file from \`collab-triage train\`, or unset it for the shipped model)\n`,
      );
      return 2;
    }
    throw err;
  }
  const classifier = new ReloadableClassifier(first, load);
  logger.info({ model: classifier.model, path: classifier.path }, "model in use");
  reloadOn("SIGHUP", classifier, logger);
  if (config.MODEL_PATH) reloadOnChange(config.MODEL_PATH, classifier, logger);
  const app = createApp({
    config,
    adapters: selection.adapters,
    classifier,
    responder: createResponder(config, logger),
    logger,
    modelId: () => classifier.model,
    // The console needs no HTTP: it opens PORT only when PORT is set.
    http: !selection.console || Boolean(process.env.PORT),
  });

  stop = () => {
    // The demo's keys go with it: a second run starts from nothing, as the first did.
    stopping ??= app.stop().then(() => (demo ? clearDemo(config, config.QUEUE_PREFIX) : undefined));
    return stopping;
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      logger.info({ signal }, "shutting down");
      stop().then(() => process.exit(0));
    });
  }
  try {
    await app.start();
  } catch (err) {
    // Without the stop, the Redis connection (and any worker) would keep a useless process alive
    // and a supervisor's restart-on-failure would never fire.
    process.stderr.write(`collab-triage: could not start: ${startProblem(err, config)}\n`);
    await stop();
    // Whatever a half-started client still holds must not keep the process from exiting.
    setTimeout(() => process.exit(1), 3000).unref();
    return 1;
  }
  if (selection.console) {
    // Ctrl-D in the terminal, or the end of piped input or of the demo inbox.
    await selection.console.adapter.finished;
    await stop();
  }
  return 0;
}

/** CLASSIFIER's classifier and the id of the model file it read (the same file before and after). */
async function loadClassifier(
  config: ReturnType<typeof parseConfig>,
  logger: ReturnType<typeof createLogger>,
): Promise<LoadedClassifier> {
  if (config.CLASSIFIER === "rules") {
    const classifier = await createClassifier(config, logger);
    return { classifier, model: classifier.name };
  }
  const path = config.MODEL_PATH ?? SHIPPED_MODEL;
  const id = async () => modelId(await readFile(path, "utf8").catch(() => ""));
  for (let tries = 1; ; tries++) {
    const before = await id();
    const classifier = await createClassifier(config, logger);
    // A retrain renames the new file into place: if it landed mid-load, load again.
    if ((await id()) === before || tries === 3) return { classifier, model: before, path };
  }
}

/** One line on why start-up failed: the port in use by name, otherwise the error's first line. */
function startProblem(err: unknown, config: ReturnType<typeof parseConfig>): string {
  const e = err as NodeJS.ErrnoException & { port?: number };
  if (e.code === "EADDRINUSE") {
    const metrics = config.METRICS_PORT !== undefined && e.port === config.METRICS_PORT;
    const [name, port] = metrics ? ["METRICS_PORT", config.METRICS_PORT] : ["PORT", config.PORT];
    return `${name} ${port} is already in use (set ${name} to a free port)`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return message.split("\n")[0] ?? message;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    if (readerGone) return;
    process.stderr.write(`collab-triage: ${err.stack ?? err.message}\n`);
    process.exitCode = 1;
  },
);
