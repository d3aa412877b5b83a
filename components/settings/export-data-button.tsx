"use client";

import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { ApiError, apiFetch } from "@/hooks/api-request";

type ExportState = { status: "idle" | "pending" | "done" } | { status: "error"; message: string };

function filenameFrom(res: Response): string {
  const match = /filename="?([^";]+)"?/.exec(res.headers.get("content-disposition") ?? "");
  return match?.[1] ?? "cadence-export.json";
}

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads everything Cadence stores about the user as one JSON file. */
export function ExportDataButton() {
  const t = useTranslations("Settings");
  const [state, setState] = useState<ExportState>({ status: "idle" });

  async function download() {
    setState({ status: "pending" });
    try {
      const res = await apiFetch("/api/me/export");
      saveBlob(await res.blob(), filenameFrom(res));
      setState({ status: "done" });
    } catch (err) {
      setState({ status: "error", message: err instanceof ApiError ? err.message : t("exportFailed") });
    }
  }

  const pending = state.status === "pending";
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="outline" onClick={download} disabled={pending} aria-busy={pending || undefined}>
          {pending ? <Spinner /> : <Download aria-hidden />}
          {t("exportData")}
        </Button>
        <p role="status" className="text-sm text-muted-foreground">
          {pending ? t("preparing") : state.status === "done" ? t("exportDone") : null}
        </p>
      </div>
      {state.status === "error" ? <Alert variant="error">{state.message}</Alert> : null}
    </div>
  );
}
