import "server-only";
import { apertiumPairs, isApertiumInstalled } from "./apertium";
import { ENGINES } from "./engines";

/** What /api/health says about each translation engine: configured or not, and Apertium's installed pairs. */
export async function translationEngineStatus() {
  const pairs = [...(await apertiumPairs()).keys()];
  return {
    deepl: ENGINES.deepl.isConfigured() ? "configured" : "not configured",
    google: ENGINES.google.isConfigured() ? "configured" : "not configured",
    llm: ENGINES.llm.isConfigured() ? "configured" : "not configured",
    apertium: isApertiumInstalled() ? { status: pairs.length ? "installed" : "no pairs installed", pairs } : { status: "not installed", pairs },
  };
}
