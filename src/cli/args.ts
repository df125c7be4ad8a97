// A small argv parser: positionals, boolean flags and `--name value` options, nothing clever.

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** `valued` names the options that take a value; every other `--x` is a boolean flag. */
export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (valued.includes(name)) {
      const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
      out.options.set(name, value);
    } else if (eq >= 0) {
      throw new UsageError(`--${name} takes no value`);
    } else {
      out.flags.add(name);
    }
  }
  return out;
}

/** Refuses flags and options the command does not know, naming the first one. */
export function allowOnly(
  args: ParsedArgs,
  flags: readonly string[],
  options: readonly string[],
): void {
  for (const f of args.flags) if (!flags.includes(f)) throw new UsageError(`unknown option --${f}`);
  for (const o of args.options.keys())
    if (!options.includes(o)) throw new UsageError(`unknown option --${o}`);
}
