import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { CallScreen } from "@/components/media/call-screen";
import { requireCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { isRoomParticipant } from "@/lib/media/room-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Media"))("meta") };
}

export default async function RoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireCurrentUser(`/rooms/${id}`);
  if (!z.uuid().safeParse(id).success || !(await isRoomParticipant({ db: await getDb(), userId: user.id, roomId: id }))) notFound();
  return <CallScreen roomId={id} />;
}
