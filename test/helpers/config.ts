import { ConfigError, parseConfig } from "../../src/config.ts";

/** The ConfigError parseConfig raises for `env`; fails the test if it accepts it. */
export function configRefusal(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("expected the config to be refused");
}
