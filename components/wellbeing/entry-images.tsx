"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ImagePlus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { apiFetch, apiRequest, type ApiError, toApiError } from "@/hooks/api-request";
import { wellbeingKey } from "@/hooks/use-wellbeing";

type Attachment = { id: string; url: string; contentType: string; bytes: number };

const TYPES = ["image/jpeg", "image/png", "image/webp"];
const MAX_BYTES = 5 * 1024 * 1024;

/** Images kept with an entry (JPEG, PNG or WebP up to 5 MB; the server strips their metadata), and
 * the voice-note recordings the user chose to keep. */
export function EntryImages({ entryId }: { entryId: string }) {
  const t = useTranslations("Wellbeing");
  const key = [...wellbeingKey, "attachments", entryId];
  const queryClient = useQueryClient();
  const images = useQuery<Attachment[], ApiError>({ queryKey: key, queryFn: async () => (await apiRequest<{ attachments: Attachment[] }>(`/api/wellbeing/entries/${entryId}/attachments`)).attachments });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    if (!TYPES.includes(file.type)) return setError(t("chooseImage"));
    if (file.size > MAX_BYTES) return setError(t("imageTooBig"));
    setBusy(true);
    try {
      const res = await fetch(`/api/wellbeing/entries/${entryId}/attachments`, { method: "POST", body: file, headers: { "content-type": file.type }, credentials: "same-origin" });
      if (!res.ok) throw await toApiError(res);
      setError(null);
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (err) {
      setError((err as ApiError).message ?? t("uploadFailed"));
    } finally {
      setBusy(false);
    }
  };

  const pictures = images.data?.filter((a) => a.contentType.startsWith("image/")) ?? [];
  const recordings = images.data?.filter((a) => a.contentType.startsWith("audio/")) ?? [];

  const remove = async (id: string) => {
    await apiFetch(`/api/wellbeing/attachments/${id}`, { method: "DELETE" }).catch((err: ApiError) => setError(err.message));
    await queryClient.invalidateQueries({ queryKey: key });
  };

  return (
    <section aria-labelledby="images-heading" className="grid gap-2">
      <h2 id="images-heading" className="text-sm font-medium">{t("images")}</h2>
      {error ? <Alert variant="error">{error}</Alert> : null}
      {images.error ? <Alert variant="error">{t("imagesError", { message: images.error.message })}</Alert> : null}
      {recordings.length ? (
        <ul aria-label={t("keptRecordings")} className="grid gap-2">
          {recordings.map((note) => (
            <li key={note.id} className="flex items-center gap-2">
              <audio controls preload="none" src={note.url} className="h-9 max-w-full">
                <a href={note.url}>{t("downloadRecording")}</a>
              </audio>
              <Button variant="secondary" size="icon" className="size-7" aria-label={t("removeRecording")} onClick={() => void remove(note.id)}>
                <Trash2 aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="flex flex-wrap gap-2">
        {pictures.map((img) => (
          <li key={img.id} className="relative">
            {/* eslint-disable-next-line @next/next/no-img-element -- a private, authenticated image: next/image would proxy and cache it */}
            <img src={img.url} alt={t("attachedImage")} className="size-24 rounded-md border border-border object-cover" />
            <Button variant="secondary" size="icon" className="absolute top-1 right-1 size-7" aria-label={t("removeImage")} onClick={() => void remove(img.id)}>
              <Trash2 aria-hidden />
            </Button>
          </li>
        ))}
      </ul>
      <label className="inline-flex w-fit cursor-pointer items-center gap-2 rounded-md border border-input px-3 py-1.5 text-sm focus-within:ring-2 focus-within:ring-ring hover:bg-accent">
        <ImagePlus aria-hidden className="size-4" />
        {busy ? t("uploading") : t("addImage")}
        <input type="file" accept={TYPES.join(",")} className="sr-only" disabled={busy} onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void upload(file);
        }} />
      </label>
    </section>
  );
}
