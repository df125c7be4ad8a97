// The default classifier: the trained model shipped in classifiers/model/, run in-process.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Classifier, ClassifyInput } from "../src/ports.ts";
import {
  type Classification,
  LABELS,
  type Label,
  type Scores,
  type Signals,
} from "../src/types.ts";
import type { Model } from "./model.ts";
import { decodeModel } from "./model-codec.ts";

export const name = "local";

/** The model `npm run train` writes and the repository ships. */
export const SHIPPED_MODEL = fileURLToPath(new URL("./model/model.json", import.meta.url));

export class ModelLoadError extends Error {
  override readonly name = "ModelLoadError";
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(
      `Cannot load the classifier model at ${path}: ${problem}. Run \`npm run train\` to build it, or set MODEL_PATH to a model file.`,
    );
  }
}

/** Reads and decodes a model file, with an error that names the path and the fix. */
export async function loadModel(path: string = SHIPPED_MODEL): Promise<Model> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ModelLoadError(
      path,
      code === "ENOENT" ? "the file does not exist" : `cannot read it (${code})`,
    );
  }
  try {
    return decodeModel(text);
  } catch (err) {
    throw new ModelLoadError(path, `the file is corrupt (${(err as Error).message})`);
  }
}

export class LocalClassifier implements Classifier {
  readonly name = name;
  readonly model: Model;
  readonly #order: number[];

  constructor(model: Model) {
    const missing = LABELS.filter((l) => !model.labels.includes(l));
    const extra = model.labels.filter((l) => !(LABELS as readonly string[]).includes(l));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `LocalClassifier needs a model with the labels ${LABELS.join(", ")}; this one has ${model.labels.join(", ")}`,
      );
    }
    this.model = model;
    this.#order = LABELS.map((l) => model.labels.indexOf(l));
  }

  static async load(path?: string): Promise<LocalClassifier> {
    const file = path ?? SHIPPED_MODEL;
    const model = await loadModel(file);
    try {
      return new LocalClassifier(model);
    } catch (err) {
      throw new ModelLoadError(file, (err as Error).message);
    }
  }

  async classify(input: ClassifyInput, signals?: Signals): Promise<Classification> {
    return this.predict(input, signals);
  }

  /** Synchronous, for benchmarks and the CLI. Never throws on odd input. */
  predict(input: ClassifyInput, signals?: Signals): Classification {
    const p = this.model.predict(input ?? { text: "" }, signals);
    const scores = {} as Scores;
    for (let i = 0; i < LABELS.length; i++)
      scores[LABELS[i] as Label] = p.probs[this.#order[i] as number] ?? 0;
    return {
      label: p.label as Label,
      confidence: Math.min(1, Math.max(0, p.confidence)),
      scores,
      reasons: p.reasons,
      source: name,
    };
  }
}
