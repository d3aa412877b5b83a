import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { CallRoom } from "@/components/practice/call-room";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/http";
import { getCallDetail } from "@/lib/practice/calls/call-queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Practice"))("callMeta") };
}

/** The call's detail for the first paint; "not found" at once for a malformed id or someone else's call. */
async function loadOwnCall(userId: string, id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await getCallDetail({ db: await getDb(), userId, callId: id });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function PracticeCallPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireCurrentUser(`/practice/calls/${id}`);
  const detail = await loadOwnCall(user.id, id);
  return <CallRoom callId={id} initialDetail={detail} />;
}
