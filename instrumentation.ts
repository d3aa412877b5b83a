// Runs once when a server instance starts: fail fast on bad configuration, open the database
// (running migrations), check the configured AI models against the vendors' lists (then hourly, off
// the request path), and in embedded mode start the in-process cron scheduler.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("./lib/config");
  const config = getConfig();
  const { getDatabase } = await import("./lib/db/client");
  const { log } = await import("./lib/log");
  // A database that is down must not keep the server from starting: /api/health reports it.
  await getDatabase().catch((err: unknown) => log.error({ err }, "database unavailable at start-up"));
  if (config.providers.llm !== "offline") {
    const { startModelChecks } = await import("./lib/ai/model-check");
    startModelChecks();
  }
  if (config.providers.scheduler === "in-process") {
    const { startScheduler } = await import("./lib/jobs/scheduler");
    startScheduler();
  }
}
