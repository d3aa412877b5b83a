"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, apiRequest } from "@/hooks/api-request";
import type { Entry, SavedEntry } from "./api-types";
import { deleteDraft, draftKey, readDraft, writeDraft } from "./draft-store";

export type EntryFields = { title: string; content: string; mood: number | null; tags: string[]; visibility: "private" | "shared" };
export type SaveStatus = "loading" | "empty" | "unsaved" | "kept" | "saving" | "saved" | "offline" | "error";

export const AUTOSAVE_DELAY_MS = 2_000;
const EMPTY: EntryFields = { title: "", content: "", mood: null, tags: [], visibility: "private" };

const fieldsOf = (e: EntryFields): EntryFields => ({ title: e.title, content: e.content, mood: e.mood, tags: e.tags, visibility: e.visibility });

/** The journal editor's state: every change goes to an IndexedDB draft at once and to the server
 * ~2 s after typing stops (sooner on blur, tab hide or reconnect). Edits made while a save is in
 * flight are saved next, so no keystroke is lost; a draft stays "dirty" until the server has it. */
export function useAutosaveEntry(initialId: string | null) {
  const t = useTranslations("Wellbeing.editor");
  const [entryId, setEntryId] = useState(initialId);
  const [fields, setFields] = useState<EntryFields>(EMPTY);
  const [status, setStatus] = useState<SaveStatus>("loading");
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const idRef = useRef(initialId);
  const fieldsRef = useRef(EMPTY);
  const version = useRef(0);
  const savedVersion = useRef(0);
  const revision = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flushAgain = useRef<() => void>(() => undefined);

  const persistDraft = useCallback((next: EntryFields, dirty: boolean) => writeDraft({ key: draftKey(idRef.current), ...next, dirty, updatedAt: Date.now() }).catch(() => undefined), []);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) await inFlight.current;
    if (version.current === savedVersion.current) return;
    if (typeof navigator !== "undefined" && !navigator.onLine) return setStatus("offline");
    const v = version.current;
    const body = fieldsRef.current;
    setStatus("saving");
    const attempt = (async () => {
      try {
        const created = !idRef.current;
        const saved = created
          ? await apiRequest<SavedEntry>("/api/wellbeing/entries", { method: "POST", body })
          : await apiRequest<SavedEntry>(`/api/wellbeing/entries/${idRef.current}`, { method: "PATCH", body });
        if (created) {
          idRef.current = saved.id;
          setEntryId(saved.id);
          window.history.replaceState(window.history.state, "", `/wellbeing/journal/${saved.id}`);
        }
        revision.current = saved.revision;
        savedVersion.current = v;
        await persistDraft(fieldsRef.current, version.current !== v);
        if (created) await deleteDraft(draftKey(null)).catch(() => undefined);
        setSavedAt(saved.updatedAt);
        setError(null);
        setStatus(version.current === v ? "saved" : "unsaved");
      } catch (err) {
        const apiError = err instanceof ApiError ? err : null;
        if (apiError?.code === "NETWORK_ERROR") return setStatus("offline");
        setError(apiError?.fields.content ?? apiError?.message ?? t("saveFailed"));
        setStatus("error");
      }
    })();
    inFlight.current = attempt;
    await attempt;
    inFlight.current = null;
    if (version.current !== savedVersion.current && !timer.current && navigator.onLine) timer.current = setTimeout(() => flushAgain.current(), AUTOSAVE_DELAY_MS);
  }, [persistDraft, t]);

  useEffect(() => {
    flushAgain.current = () => {
      timer.current = undefined;
      void flush();
    };
  }, [flush]);

  const update = useCallback(
    (changes: Partial<EntryFields>) => {
      const next = { ...fieldsRef.current, ...changes };
      fieldsRef.current = next;
      setFields(next);
      version.current += 1;
      const v = version.current;
      setStatus("unsaved");
      void persistDraft(next, true).then(() => setStatus((s) => (s === "unsaved" && version.current === v ? "kept" : s)));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void flush();
      }, AUTOSAVE_DELAY_MS);
    },
    [flush, persistDraft],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const draft = await readDraft(draftKey(initialId)).catch(() => undefined);
      let server: Entry | null = null;
      if (initialId) {
        try {
          server = await apiRequest<Entry>(`/api/wellbeing/entries/${initialId}`);
        } catch (err) {
          if (!draft) {
            if (!cancelled) {
              setError(err instanceof ApiError ? err.message : t("loadFailed"));
              setStatus("error");
            }
            return;
          }
        }
      }
      if (cancelled) return;
      const start = draft?.dirty ? fieldsOf(draft) : server ? fieldsOf(server) : EMPTY;
      fieldsRef.current = start;
      setFields(start);
      revision.current = server?.revision ?? 0;
      setSavedAt(server?.updatedAt ?? null);
      if (draft?.dirty) {
        version.current = 1;
        setStatus("unsaved");
        void flush();
      } else setStatus(server ? "saved" : "empty");
    })();
    return () => {
      cancelled = true;
    };
  }, [initialId, flush, t]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    const onOnline = () => void flush();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("online", onOnline);
    window.addEventListener("pagehide", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("pagehide", onOnline);
    };
  }, [flush]);

  /** Another tab saved this entry: take its text when this tab has nothing unsaved. */
  const onRemoteSave = useCallback(async (id: string, remoteRevision: number) => {
    if (id !== idRef.current || remoteRevision <= revision.current || version.current !== savedVersion.current) return;
    const server = await apiRequest<Entry>(`/api/wellbeing/entries/${id}`).catch(() => null);
    if (!server || version.current !== savedVersion.current) return;
    revision.current = server.revision;
    fieldsRef.current = fieldsOf(server);
    setFields(fieldsRef.current);
    setSavedAt(server.updatedAt);
    await persistDraft(fieldsRef.current, false);
  }, [persistDraft]);

  /** Adds dictated words after whatever the entry holds by then (typing may have gone on meanwhile). */
  const appendContent = useCallback(
    (text: string) => {
      const content = fieldsRef.current.content;
      update({ content: content ? `${content.trimEnd()} ${text}` : text });
    },
    [update],
  );

  /** Saves now and gives the entry's id, or null when it could not be saved (offline, empty). */
  const ensureSaved = useCallback(async () => {
    await flush();
    return version.current === savedVersion.current ? idRef.current : null;
  }, [flush]);

  return { entryId, fields, status, error, savedAt, update, appendContent, flush, ensureSaved, onRemoteSave };
}
