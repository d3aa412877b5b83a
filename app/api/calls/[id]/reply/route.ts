// POST /api/calls/:id/reply — the persona's next line, streamed as plain text
import { after } from "next/server";
import { textStreamResponse } from "@/lib/ai/llm";
import { methods, withUser } from "@/lib/api/handler";
import { limitCostlyRequest } from "@/lib/costly-limits";
import { replyAsPersona } from "@/lib/practice/persona/persona-reply";
import { callIdOf } from "../params";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(async ({ db, user, params }) => {
    await limitCostlyRequest({ db, userId: user.id, action: "persona.reply" });
    const { stream, persist } = await replyAsPersona({ db, userId: user.id, callId: callIdOf(params) });
    after(persist);
    return textStreamResponse(stream);
  }),
});
