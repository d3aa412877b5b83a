import { vi } from "vitest";
import { resetConfig } from "@/lib/config";

/** Sets environment variables for this test (vitest restores them afterwards) and makes the next
 * getConfig() read them. Things built from the config earlier (the auth instance of an open
 * database) keep the old values: open a new database when that matters. */
export function stubConfig(vars: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  resetConfig();
}
