export const AI_TASKS = ["persona", "quick-score", "deep-score", "coach", "summary", "weekly-summary", "action-items", "session-outcome", "persona-reply", "emotion", "translate", "journal-analysis", "score-dispute"] as const;

/** What a pillar asks the AI layer to do; each task has its own provider preference. */
export type AiTask = (typeof AI_TASKS)[number];

export type ProviderName = "gemini" | "groq" | "openai";

/** Who produced an answer: a vendor, or the task's offline engine. */
export type ProviderLabel = ProviderName | "offline";

export type ChatMessage = { role: "user" | "assistant"; content: string };

export type Usage = { inputTokens: number | null; outputTokens: number | null };

export const NO_USAGE: Usage = { inputTokens: null, outputTokens: null };

export type JsonRequest = {
  system?: string;
  messages: ChatMessage[];
  temperature: number;
  schemaName: string;
  jsonSchema: Record<string, unknown>;
};

export type TextRequest = {
  system?: string;
  messages: ChatMessage[];
  temperature?: number;
};

export type ProviderReply = { text: string; usage: Usage };

export type StreamPart = { type: "delta"; text: string } | { type: "usage"; usage: Usage };

/** One vendor behind one interface. Every error an adapter throws is a ProviderError. */
export type ProviderAdapter = {
  name: ProviderName;
  model: string;
  isConfigured: () => boolean;
  completeJson: (request: JsonRequest) => Promise<ProviderReply>;
  streamText: (request: TextRequest) => AsyncIterable<StreamPart>;
};
