import "server-only";

// The AI layer's public surface: pillars import from here, never from a vendor adapter.
export { generateJson, type GenerateJsonOptions, type JsonResult } from "./generate-json";
export { streamText, type StreamTextOptions } from "./stream-text";
export type { StreamSummary, TextStream } from "./text-stream";
export { textStreamResponse } from "./text-stream-response";
export { registerOfflineEngine, type OfflineEngine, type OfflineJsonInput, type OfflineTextInput } from "./offline-engines";
export { getProviderStatus, type ProviderState, type ProviderStatus } from "./provider-status";
export { AI_TASKS, type AiTask, type ChatMessage, type ProviderLabel, type ProviderName, type Usage } from "./types";
