// The bot's classifier, with a model that can be replaced while it runs (SIGHUP, or MODEL_PATH's
// file replaced after a retrain). The next classifier is loaded whole before it takes over, so a
// job never sees half a model, and one that fails to load leaves the current one in use.
import { type Stats, unwatchFile, watchFile } from "node:fs";
import type { Logger } from "pino";
import type { Classifier, ClassifyInput } from "./ports.ts";
import type { Classification, Signals } from "./types.ts";

export interface LoadedClassifier {
  classifier: Classifier;
  /** The model's id (a hash of its file; see model-id.ts), or the classifier's name without one. */
  model: string;
  /** The model file it read, if any. */
  path?: string;
}

export class ReloadableClassifier implements Classifier {
  #current: LoadedClassifier;
  /** Reloads run one after another, each reading the file as it is when it starts. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    first: LoadedClassifier,
    private readonly load: () => Promise<LoadedClassifier>,
  ) {
    this.#current = first;
  }

  get name(): string {
    return this.#current.classifier.name;
  }

  /** The id of the model in use. */
  get model(): string {
    return this.#current.model;
  }

  get path(): string | undefined {
    return this.#current.path;
  }

  classify(input: ClassifyInput, signals?: Signals): Promise<Classification> {
    return this.#current.classifier.classify(input, signals);
  }

  /** Loads the model again and swaps it in; throws (keeping the current one) if it cannot load. */
  reload(): Promise<LoadedClassifier> {
    const next = this.#queue.then(async () => {
      const loaded = await this.load();
      this.#current = loaded;
      return loaded;
    });
    this.#queue = next.catch(() => {});
    return next;
  }
}

/** Reloads, then logs which model is in use, or why the old one still is. */
function reloadAndLog(classifier: ReloadableClassifier, logger: Logger, cause: string): void {
  const before = classifier.model;
  classifier.reload().then(
    (now) =>
      logger.info(
        { model: now.model, path: now.path, previous: before, cause },
        now.model === before ? "model reloaded; unchanged" : "model reloaded; now in use",
      ),
    (err: Error) =>
      logger.error(
        { model: before, err: err.message.split("\n")[0], cause },
        "model reload failed; the previous model stays in use",
      ),
  );
}

/** Reloads on `signal`. */
export function reloadOn(
  signal: NodeJS.Signals,
  classifier: ReloadableClassifier,
  logger: Logger,
): () => void {
  const onSignal = () => reloadAndLog(classifier, logger, signal);
  process.on(signal, onSignal);
  return () => process.off(signal, onSignal);
}

/**
 * Reloads when the file at `path` is replaced or rewritten (polled every `intervalMs`: a rename
 * into place, as a retrain does, is seen wherever the file lives, volumes included). A file that
 * disappears leaves the current model in use. The poll never keeps the process alive.
 */
export function reloadOnChange(
  path: string,
  classifier: ReloadableClassifier,
  logger: Logger,
  intervalMs = 2000,
): () => void {
  const onChange = (now: Stats, before: Stats) => {
    if (now.mtimeMs === 0) return; // gone
    if (now.mtimeMs === before.mtimeMs && now.ino === before.ino && now.size === before.size)
      return;
    reloadAndLog(classifier, logger, "file changed");
  };
  watchFile(path, { interval: intervalMs, persistent: false }, onChange);
  return () => unwatchFile(path, onChange);
}
