// Runs once when a server instance starts: stamp socket addresses on requests, fail fast on bad
// configuration, say which origin is trusted, open the database (running migrations), check the
// configured AI models against the vendors' lists (then hourly, off the request path), and in
// embedded mode start the in-process cron scheduler.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampPeerAddresses } = await import("./lib/api/peer-address");
  await stampPeerAddresses();
  const { getConfig } = await import("./lib/config");
  const config = getConfig();
  const { getDatabase } = await import("./lib/db/client");
  const { log } = await import("./lib/log");
  const { describeTrustedOrigin } = await import("./lib/api/trusted-origins");
  log.info(describeTrustedOrigin());
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
