// POST /api/coach/tts — the coach's answer spoken by ElevenLabs (409 "use browser speech" without it)
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { limitCostlyRequest } from "@/lib/costly-limits";
import { ttsRequestSchema } from "@/lib/coach/chat/chat-schemas";
import { speakCoachAnswer } from "@/lib/coach/chat/tts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const { text, voiceId } = await readJson(req, ttsRequestSchema);
    await limitCostlyRequest({ db, userId: user.id, action: "coach.tts" });
    return speakCoachAnswer({ db, userId: user.id, text, voiceId });
  }),
});
