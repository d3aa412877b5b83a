// POST /api/coach/chat — one coach turn: the answer streamed as plain text, the turn in headers
import { after } from "next/server";
import { textStreamResponse } from "@/lib/ai/llm";
import { methods, withUser } from "@/lib/api/handler";
import { readJson } from "@/lib/api/read-json";
import { limitCostlyRequest } from "@/lib/costly-limits";
import { chatTurnHeaders, replyAsCoach } from "@/lib/coach/chat/chat";
import { chatRequestSchema } from "@/lib/coach/chat/chat-schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ req, db, user }) => {
    const request = await readJson(req, chatRequestSchema);
    await limitCostlyRequest({ db, userId: user.id, action: "coach.chat" });
    const { stream, info, persist, followUp } = await replyAsCoach({ db, userId: user.id, request });
    after(persist);
    after(followUp);
    return textStreamResponse(stream, { headers: chatTurnHeaders(info) });
  }),
});
