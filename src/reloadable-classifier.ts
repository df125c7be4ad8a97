// The bot's classifier, with a model that can be replaced while it runs (SIGHUP after a retrain).
// The next classifier is loaded whole before it takes over, so a job never sees half a model, and
// one that fails to load leaves the current one in use.
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
  #reloading: Promise<LoadedClassifier> | null = null;

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
    // Two signals in a row load once.
    this.#reloading ??= this.load()
      .then((next) => {
        this.#current = next;
        return next;
      })
      .finally(() => {
        this.#reloading = null;
      });
    return this.#reloading;
  }
}

/** Reloads on `signal` and logs which model is in use, or why the old one still is. */
export function reloadOn(
  signal: NodeJS.Signals,
  classifier: ReloadableClassifier,
  logger: Logger,
): () => void {
  const onSignal = () => {
    const before = classifier.model;
    classifier.reload().then(
      (now) =>
        logger.info(
          { model: now.model, path: now.path, previous: before, signal },
          now.model === before ? "model reloaded; unchanged" : "model reloaded; now in use",
        ),
      (err: Error) =>
        logger.error(
          { model: before, err: err.message.split("\n")[0], signal },
          "model reload failed; the previous model stays in use",
        ),
    );
  };
  process.on(signal, onSignal);
  return () => process.off(signal, onSignal);
}
