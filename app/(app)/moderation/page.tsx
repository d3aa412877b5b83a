import type { Metadata } from "next";
import { ReportQueue } from "@/components/moderation/report-queue";
import { Alert } from "@/components/ui/alert";
import { requireCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Moderation" };

export default async function ModerationPage() {
  const user = await requireCurrentUser("/moderation");
  const allowed = user.role === "moderator" || user.role === "admin";
  return (
    <div className="mx-auto grid w-full max-w-3xl gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">Report queue</h1>
      {allowed ? <ReportQueue /> : <Alert variant="error">Only moderators can see the report queue.</Alert>}
    </div>
  );
}
