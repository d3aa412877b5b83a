"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { apiRequest, type ApiError } from "@/hooks/api-request";
import type { ModerationAction } from "@/lib/safety/moderation-actions";

type QueuedReport = {
  id: string;
  reason: string;
  note: string;
  transcript: string | null;
  createdAt: string;
  reporter: { displayName: string };
  reported: { id: string; displayName: string } | null;
  history: { id: string; reason: string; status: string; createdAt: string }[];
};

const queueKey = ["moderation", "reports"] as const;

function ReportItem({ report }: { report: QueuedReport }) {
  const t = useTranslations("Moderation");
  const client = useQueryClient();
  const [days, setDays] = useState("7");
  const resolve = useMutation<unknown, ApiError, ModerationAction>({
    mutationFn: (action) => apiRequest(`/api/moderation/reports/${report.id}`, { method: "POST", body: { action, days: action === "suspend" ? Number(days) : undefined } }),
    onSuccess: () => client.invalidateQueries({ queryKey: queueKey }),
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{report.reported?.displayName ?? t("deletedAccount")}</CardTitle>
        <CardDescription>
          {t("reportedBy", { reason: report.reason, name: report.reporter.displayName || t("aUser"), date: report.createdAt.slice(0, 10) })}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {report.note ? <p className="text-sm">“{report.note}”</p> : null}
        <p className="text-sm text-muted-foreground">{t("clipTranscript", { transcript: report.transcript ?? t("noneKept") })}</p>
        <p className="text-sm text-muted-foreground">
          {t("earlierReports", { list: report.history.length ? report.history.map((h) => `${h.reason} (${h.status})`).join(", ") : t("none") })}
        </p>
        <div className="flex flex-wrap items-end gap-2">
          <Button variant="outline" size="sm" onClick={() => resolve.mutate("dismiss")} disabled={resolve.isPending}>
            {t("dismiss")}
          </Button>
          <Button variant="outline" size="sm" onClick={() => resolve.mutate("warn")} disabled={resolve.isPending}>
            {t("warn")}
          </Button>
          <div className="grid gap-1">
            <Label htmlFor={`days-${report.id}`}>{t("days")}</Label>
            <Input id={`days-${report.id}`} type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} className="w-20" />
          </div>
          <Button variant="outline" size="sm" onClick={() => resolve.mutate("suspend")} disabled={resolve.isPending}>
            {t("suspend")}
          </Button>
          <Button variant="destructive" size="sm" onClick={() => resolve.mutate("ban")} disabled={resolve.isPending}>
            {t("ban")}
          </Button>
        </div>
        {resolve.error ? <Alert variant="error">{resolve.error.message}</Alert> : null}
      </CardContent>
    </Card>
  );
}

/** Open reports, oldest first, with what the moderator needs to decide. */
export function ReportQueue() {
  const t = useTranslations("Moderation");
  const { data, error, isPending } = useQuery<QueuedReport[], ApiError>({
    queryKey: queueKey,
    queryFn: async () => (await apiRequest<{ reports: QueuedReport[] }>("/api/moderation/reports")).reports,
  });
  if (isPending) return <Skeleton className="h-32 w-full" />;
  if (error) return <Alert variant="error">{error.message}</Alert>;
  if (data.length === 0) return <p className="text-muted-foreground">{t("noReports")}</p>;
  return (
    <div className="grid gap-4">
      {data.map((report) => (
        <ReportItem key={report.id} report={report} />
      ))}
    </div>
  );
}
