import "server-only";
import { registerOfflineEngine } from "../../ai/llm";
import { chunkReply, composeGrowReply, type OfflineCoachContext } from "./coach-engine";

// Imported for its side effect by lib/coach/chat/chat.ts: the coach task's answer when no LLM is
// configured (or every provider failed), labelled "offline" in the UI.
registerOfflineEngine("coach", {
  name: "grow-coach",
  async *streamText({ messages, context }) {
    const reply = composeGrowReply({ messages, context: context as OfflineCoachContext });
    for (const chunk of chunkReply(reply)) yield chunk;
  },
});
