"use client";

import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useState, type ChangeEvent, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field";
import { fieldControlClasses } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { useImportCall } from "@/hooks/use-practice-call";
import { parseTranscript, type TranscriptFormat } from "@/lib/practice/import/parse-transcript";
import { callModes, type CallMode } from "@/lib/practice/types";
import { usePracticeLabels } from "./labels";

const formats: TranscriptFormat[] = ["vtt", "srt", "text"];
const MAX_BYTES = 2 * 1024 * 1024;

/** WEBVTT header → vtt, SRT's comma cue times → srt, anything else plain text. */
export function detectFormat(content: string, fileName = ""): TranscriptFormat {
  if (/\.vtt$/i.test(fileName) || /^\uFEFF?WEBVTT/.test(content)) return "vtt";
  if (/\.srt$/i.test(fileName) || /\d{2}:\d{2}:\d{2},\d{3}\s*-->/.test(content)) return "srt";
  return "text";
}

/** Paste or upload a real call's transcript, say which speaker is you, and get it scored. */
export function ImportCallForm() {
  const t = useTranslations("Practice");
  const labels = usePracticeLabels();
  const router = useRouter();
  const importCall = useImportCall();
  const [content, setContent] = useState("");
  const [format, setFormat] = useState<TranscriptFormat>("text");
  const [mode, setMode] = useState<CallMode>("discovery");
  const [rep, setRep] = useState("");
  const [fileError, setFileError] = useState<string>();
  const speakers = useMemo(() => (content ? parseTranscript(format, content).speakers : []), [content, format]);
  const repSpeaker = speakers.includes(rep) ? rep : speakers[0];
  const contentError = fileError ?? importCall.error?.fields.content;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) return setFileError(t("fileTooBig"));
    setFileError(undefined);
    const text = await file.text();
    setContent(text);
    setFormat(detectFormat(text, file.name));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    importCall.mutate({ format, content, mode, repSpeaker }, { onSuccess: (result) => router.push(`/practice/calls/${result.call.id}`) });
  }

  const busy = importCall.isPending || importCall.isSuccess;
  return (
    <form onSubmit={submit} noValidate aria-label={t("importForm")} className="grid gap-6">
      <div className="grid gap-2">
        <Label htmlFor="import-file">{t("transcriptFile")}</Label>
        <input id="import-file" type="file" accept=".vtt,.srt,.txt,text/vtt,text/plain" onChange={onFile} className="text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-secondary file:px-3 file:py-1.5" />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="import-content">{t("orPaste")}</Label>
        <textarea
          id="import-content"
          rows={10}
          value={content}
          placeholder={"Sam: Hi Dana, this is Sam from Brightline.\nDana: I only have ten minutes."}
          onChange={(event) => (setContent(event.target.value), setFormat(detectFormat(event.target.value)))}
          aria-invalid={contentError ? true : undefined}
          aria-describedby={contentError ? "import-content-error" : undefined}
          className={cn(fieldControlClasses, "py-2 font-mono text-xs")}
        />
        <FieldError id="import-content-error" message={contentError} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="grid gap-2">
          <Label htmlFor="import-format">{t("formatLabel")}</Label>
          <Select id="import-format" value={format} onChange={(event) => setFormat(event.target.value as TranscriptFormat)}>
            {formats.map((f) => (
              <option key={f} value={f}>{t(`format.${f}`)}</option>
            ))}
          </Select>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="import-rep">{t("whichSpeaker")}</Label>
          <Select id="import-rep" value={repSpeaker ?? ""} disabled={speakers.length === 0} onChange={(event) => setRep(event.target.value)}>
            {speakers.length === 0 ? <option value="">{t("noSpeakers")}</option> : null}
            {speakers.map((speaker) => (
              <option key={speaker} value={speaker}>{speaker}</option>
            ))}
          </Select>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="import-mode">{t("scoreAs")}</Label>
          <Select id="import-mode" value={mode} onChange={(event) => setMode(event.target.value as CallMode)}>
            {callModes.map((m) => (
              <option key={m} value={m}>{labels.mode(m)}</option>
            ))}
          </Select>
        </div>
      </div>
      {content && speakers.length < 2 ? (
        <Alert>{t("needSpeakers")}</Alert>
      ) : null}
      {importCall.error && !importCall.error.fields.content ? <Alert variant="error">{importCall.error.message}</Alert> : null}
      <div>
        <Button type="submit" disabled={busy || speakers.length < 2}>
          {busy ? <Spinner /> : <Upload aria-hidden />}
          {t("importAndScore")}
        </Button>
      </div>
    </form>
  );
}
