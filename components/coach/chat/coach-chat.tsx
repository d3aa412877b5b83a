"use client";

import { History, Square } from "lucide-react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { useCoachChat } from "@/hooks/use-coach-chat";
import { useCoachConversation, useSuggestedActionItemsLive } from "@/hooks/use-coach-conversations";
import { useCoachVoice } from "@/hooks/use-coach-voice";
import type { ChatMode, ConversationDetail, PublicSession, SessionType } from "./api-types";
import { ChatComposer } from "./chat-composer";
import { ConversationList } from "./conversation-list";
import { EmptyChat } from "./empty-chat";
import { EndedNotice } from "./ended-notice";
import { MessageList } from "./message-list";
import { Segmented } from "./segmented";
import { SessionBanner } from "./session-banner";
import { SuggestedActions } from "./suggested-actions";
import type { CarriedCommitments } from "@/lib/coach/carry-forward/carried-commitments";

type Props = { userId: string; name: string; session: PublicSession | null; agenda?: CarriedCommitments | null; resume: ConversationDetail | null; serverVoice: boolean };

/** The coach: history on the side, the conversation with answers streaming in, text or voice. It
 * opens on the live conversation (`resume`) when there is one. */
export function CoachChat({ userId, name, session, agenda = null, resume, serverVoice }: Props) {
  const t = useTranslations("Coach.chat");
  const chat = useCoachChat(resume);
  useSuggestedActionItemsLive(userId);
  const voice = useCoachVoice({ serverVoice });
  const detail = useCoachConversation(chat.conversationId);
  const [sessionType, setSessionType] = useState<SessionType>(session ? "structured" : (resume?.conversation.sessionType ?? "check_in"));
  const [mode, setMode] = useState<ChatMode>("text");
  const [draft, setDraft] = useState("");
  const [failed, setFailed] = useState<{ message: string; retry: boolean } | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const busy = chat.streaming || chat.loading;

  async function send(text: string): Promise<boolean> {
    setFailed(null);
    setDraft("");
    try {
      const answer = await chat.send(text, { sessionType, mode, sessionId: session?.id ?? null });
      if (mode === "voice") void voice.speak(answer);
      return true;
    } catch (error) {
      setDraft(text);
      setFailed({ message: error instanceof Error ? error.message : t("couldNotAnswer"), retry: true });
      return false;
    }
  }

  async function open(id: string) {
    setHistoryOpen(false);
    setFailed(null);
    voice.cancel();
    try {
      await chat.open(id);
    } catch (error) {
      setFailed({ message: error instanceof Error ? error.message : t("couldNotOpen"), retry: false });
    }
  }

  function changeMode(next: ChatMode) {
    setMode(next);
    if (next === "text") voice.cancel();
  }

  return (
    <div className="mx-auto grid w-full max-w-5xl gap-4 md:grid-cols-[16rem_minmax(0,1fr)]">
      <div className="flex items-center justify-between gap-2 md:hidden">
        <Button variant="outline" size="sm" aria-expanded={historyOpen} aria-controls="coach-history" onClick={() => setHistoryOpen(!historyOpen)}>
          <History aria-hidden />
          {historyOpen ? t("hideHistory") : t("history")}
        </Button>
      </div>
      <aside id="coach-history" className={cn("md:block", historyOpen ? "block" : "hidden")}>
        <ConversationList
          activeId={chat.conversationId}
          disabled={busy}
          onSelect={(id) => void open(id)}
          onNew={() => {
            setHistoryOpen(false);
            setFailed(null);
            chat.startNew();
          }}
        />
      </aside>
      <section aria-labelledby="coach-heading" className="grid min-w-0 content-start gap-4">
        <header className="flex flex-wrap items-center justify-between gap-3">
          <h1 id="coach-heading" className="text-2xl font-semibold tracking-tight">
            {t("heading")}
          </h1>
          <div className="flex flex-wrap items-center gap-2">
            <Segmented
              label={t("sessionType")}
              value={sessionType}
              onChange={setSessionType}
              disabled={busy || Boolean(session)}
              options={[
                { value: "check_in", label: t("quickCheckIn") },
                { value: "structured", label: t("structured") },
              ]}
            />
            <Segmented label={t("answerMode")} value={mode} onChange={changeMode} options={[{ value: "text", label: t("text") }, { value: "voice", label: t("voice") }]} />
          </div>
        </header>
        {session ? <SessionBanner session={session} agenda={agenda} /> : null}
        {mode === "voice" ? (
          <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted-foreground" role="status">
            <span>{voice.supported ? t("readAloudBy", { engine: voice.engine }) : t("noReadAloud")}</span>
            {voice.speaking ? (
              <Button variant="outline" size="sm" onClick={voice.cancel}>
                <Square aria-hidden />
                {t("stopSpeaking")}
              </Button>
            ) : null}
          </div>
        ) : null}
        {chat.notice ? <Alert>{chat.notice}</Alert> : null}
        {!busy && detail.data?.conversation.id === chat.conversationId && detail.data.conversation.status === "ended" ? (
          <EndedNotice
            endsAt={detail.data.conversation.endsAt}
            onNew={() => {
              setFailed(null);
              chat.startNew();
            }}
          />
        ) : null}
        {failed ? (
          <Alert variant="error">
            {failed.message}{" "}
            {failed.retry && draft.trim() ? (
              <Button variant="link" size="sm" className="h-auto p-0" disabled={busy} onClick={() => void send(draft.trim())}>
                {t("retry")}
              </Button>
            ) : null}
          </Alert>
        ) : null}
        {chat.loading ? (
          <div role="status" aria-label={t("loadingConversation")} className="grid gap-3">
            <Skeleton className="ml-auto h-12 w-2/3" />
            <Skeleton className="h-20 w-3/4" />
          </div>
        ) : chat.turns.length === 0 ? (
          <EmptyChat name={name} structured={sessionType === "structured"} disabled={busy} onPick={(text) => void send(text)} />
        ) : (
          <MessageList turns={chat.turns} className="max-h-[60dvh] min-h-40 rounded-lg border border-border bg-card p-3 sm:p-4" />
        )}
        {chat.conversationId && detail.data ? <SuggestedActions conversationId={chat.conversationId} items={detail.data.actionItems} /> : null}
        <ChatComposer
          value={draft}
          onChange={setDraft}
          disabled={busy}
          busy={chat.streaming}
          voice={mode === "voice"}
          onSend={send}
          onError={(message) => setFailed({ message, retry: false })}
        />
      </section>
    </div>
  );
}
