// GET /api/cron/:job — run a scheduled job (Vercel cron, Bearer CRON_SECRET); query params backfill
import { methods, withRoute } from "@/lib/api/handler";
import { getConfig } from "@/lib/config";
import { notFound } from "@/lib/http";
import { assertCronAuthorized, isJobName, runJob } from "@/lib/jobs/run-job";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

const run = withRoute(async ({ req, db, params }) => {
  assertCronAuthorized(req.headers, getConfig().env.CRON_SECRET);
  const name = String(params.job);
  if (!isJobName(name)) throw notFound("job");
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return Response.json(await runJob({ db, name, params: query }));
}, { authenticatedBy: "signature" });

export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: run, POST: run });
