// Which model file a command reads or writes, and who chose it: the --model flag, MODEL_PATH (the
// environment or .env, as the bot reads it), or the shipped default. Errors blame whoever chose.
import { homedir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { loadModel, ModelLoadError, SHIPPED_MODEL } from "../../classifiers/local.ts";
import type { Model } from "../../classifiers/model.ts";

export class ModelChoiceError extends Error {
  override readonly name = "ModelChoiceError";
}

export interface ModelChoice {
  path: string;
  /** "data folder": no --model and no MODEL_PATH, so a retrained model goes to dataDir(). */
  from: "--model" | "MODEL_PATH" | "shipped" | "data folder";
}

/** The model a command reads: --model, else MODEL_PATH, else the shipped one. */
export function readChoice(flag: string | undefined, env: NodeJS.ProcessEnv): ModelChoice {
  if (flag !== undefined) return { path: flag, from: "--model" };
  if (env.MODEL_PATH) return { path: env.MODEL_PATH, from: "MODEL_PATH" };
  return { path: SHIPPED_MODEL, from: "shipped" };
}

/**
 * Where a retrained model goes: --model, else MODEL_PATH (so the bot reads it), else a data
 * folder outside the checkout. Never the shipped model's folder: git tracks it.
 */
export function writeChoice(flag: string | undefined, env: NodeJS.ProcessEnv): ModelChoice {
  const choice = readChoice(flag, env);
  const path =
    choice.from === "shipped" ? join(dataDir(env), "collab-triage", "model.json") : choice.path;
  if (insideShippedFolder(path)) {
    throw new ModelChoiceError(
      `${named(choice)}: ${path} is in the shipped model's folder, which git tracks; write retrained models outside the checkout (e.g. MODEL_PATH=${join(dataDir(env), "collab-triage", "model.json")})`,
    );
  }
  return { path, from: choice.from === "shipped" ? "data folder" : choice.from };
}

/** $XDG_DATA_HOME, else ~/.local/share. */
export function dataDir(env: NodeJS.ProcessEnv): string {
  return env.XDG_DATA_HOME || join(env.HOME || homedir(), ".local", "share");
}

function insideShippedFolder(path: string): boolean {
  const rel = relative(dirname(SHIPPED_MODEL), resolve(path));
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith("/"));
}

/** Who chose the path, for messages. */
export function named(choice: ModelChoice): string {
  return choice.from === "shipped"
    ? "the shipped model"
    : choice.from === "data folder"
      ? "the default data folder"
      : choice.from;
}

/** Loads the chosen model; a file that is missing or corrupt is blamed on whoever chose it. */
export async function loadChosen(choice: ModelChoice): Promise<Model> {
  try {
    return await loadModel(choice.path);
  } catch (err) {
    if (!(err instanceof ModelLoadError) || choice.from === "shipped") throw err;
    if (choice.from === "data folder") throw new ModelChoiceError(err.message);
    const fix =
      choice.from === "--model"
        ? "check the path given with --model"
        : "MODEL_PATH comes from the environment or .env; fix it, or unset it to use the shipped model";
    const given =
      choice.from === "--model" ? `--model ${choice.path}` : `MODEL_PATH=${choice.path}`;
    throw new ModelChoiceError(`${given}: ${err.problem} (${fix})`);
  }
}
