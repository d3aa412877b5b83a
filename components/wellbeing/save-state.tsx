import { CircleAlert, CloudOff, Check, Loader2, Pencil } from "lucide-react";
import type { SaveStatus } from "./use-autosave-entry";

const TEXT: Record<SaveStatus, string> = {
  loading: "Loading…",
  empty: "Start writing: it saves as you type",
  unsaved: "Unsaved changes",
  kept: "Unsaved changes, kept on this device",
  saving: "Saving…",
  saved: "Saved",
  offline: "Offline: saved on this device, will sync when you're back",
  error: "Not saved",
};

/** The editor's save state, announced politely as it changes. */
export function SaveState({ status, savedAt }: { status: SaveStatus; savedAt: string | null }) {
  const Icon = status === "saved" ? Check : status === "saving" || status === "loading" ? Loader2 : status === "offline" ? CloudOff : status === "error" ? CircleAlert : Pencil;
  const time = status === "saved" && savedAt ? ` at ${new Date(savedAt).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })}` : "";
  return (
    <p role="status" data-save-state={status} className="flex items-center gap-1.5 text-sm text-muted-foreground">
      <Icon aria-hidden className={`size-4 ${status === "saving" ? "animate-spin" : ""}`} />
      {TEXT[status]}
      {time}
    </p>
  );
}
