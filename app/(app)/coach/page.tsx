import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { CoachChat } from "@/components/coach/chat/coach-chat";
import { Alert } from "@/components/ui/alert";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getCarriedCommitments } from "@/lib/coach/carry-forward/carried-commitments";
import { resumeConversation } from "@/lib/coach/chat/conversations";
import { getSession, type PublicSession } from "@/lib/coach/planning/sessions";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/http";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Coach"))("meta") };
}

async function sessionFor(userId: string, id: string | undefined): Promise<PublicSession | null | "missing"> {
  if (!id) return null;
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) return "missing";
  try {
    return await getSession({ db: await getDb(), userId, sessionId: parsed.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return "missing";
    throw error;
  }
}

const isOpen = (session: PublicSession) => session.status === "scheduled" || session.status === "in_progress";

export default async function CoachPage({ searchParams }: { searchParams: Promise<{ session?: string | string[] }> }) {
  const user = await requireCurrentUser("/coach");
  const t = await getTranslations("Coach");
  if (user.onboardingState !== "completed") redirect("/coach/onboarding");
  const { session: sessionParam } = await searchParams;
  const session = await sessionFor(user.id, typeof sessionParam === "string" ? sessionParam : undefined);
  if (session === "missing") {
    return (
      <div className="mx-auto grid max-w-2xl gap-4">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <Alert variant="error">{t("missingSession")}</Alert>
      </div>
    );
  }
  const resume = await resumeConversation({ db: await getDb(), userId: user.id, sessionId: session?.id });
  // A live session conversation picked up from plain /coach keeps its banner while the session is open.
  const linked = !session && resume?.conversation.sessionId ? await sessionFor(user.id, resume.conversation.sessionId) : null;
  const shown = session ?? (linked && linked !== "missing" && isOpen(linked) ? linked : null);
  const agenda = shown ? await getCarriedCommitments({ db: await getDb(), userId: user.id, sessionId: shown.id }) : null;
  return (
    <CoachChat
      userId={user.id}
      name={user.displayName || user.email.split("@")[0] || t("there")}
      session={shown}
      agenda={agenda}
      resume={resume}
      serverVoice={getConfig().providers.voice === "elevenlabs"}
    />
  );
}
