import "server-only";
import { accessSync, constants } from "node:fs";
import path from "node:path";

/** Whether the apertium binary is on PATH (Debian: apt install apertium apertium-eng-spa). */
export function isApertiumInstalled(): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, "apertium"), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
