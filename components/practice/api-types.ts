// Shapes of the Practice API's answers as the browser sees them.
import type { PublicCall } from "@/lib/practice/create-call";
import type { PublicPersona } from "@/lib/practice/personas";
import type { PublicDispute } from "@/lib/practice/disputes/dispute-score";
import type { PublicHint } from "@/lib/practice/hints/call-hints";
import type { CallProgress } from "@/lib/practice/progress/call-progress";
import type { PractiseNext } from "@/lib/practice/progress/practise-next";
import type { HiddenPainResult } from "@/lib/practice/rubric/hidden-pains";
import type { PublicTranscriptEntry } from "@/lib/practice/transcript";
import type { CallMode, DeepScore, QuickScore, RubricCategory } from "@/lib/practice/types";

export type { PublicPersona } from "@/lib/practice/personas";
export type { PublicCall } from "@/lib/practice/create-call";

/** A stored line, or one shown optimistically before the server has it (id "local-…"). */
export type TranscriptEntry = Omit<PublicTranscriptEntry, "id"> & { id: PublicTranscriptEntry["id"] | string };

export type ReadyScore = DeepScore & { status: "ready"; scoredAt: string; quickScore: QuickScore | null; feedback: string | null };

/** "too_short": the call ended with fewer than three rep lines, so it has no score. */
export type ScoreState = { status: "pending" } | { status: "failed"; message: string } | { status: "too_short"; message: string } | ReadyScore;

export type CallDetail = {
  call: PublicCall;
  persona: PublicPersona;
  transcript: TranscriptEntry[];
  score: ScoreState | null;
  personaReplies: "ai" | "offline";
  /** Null until the call is completed: the pains stay hidden during a live call. */
  hiddenPains: HiddenPainResult[] | null;
  /** Band, pass mark and change vs the last call in this mode, once the call has a score. */
  progress: CallProgress | null;
  /** Categories the rep argued with, each with both grades. */
  disputes: PublicDispute[];
  /** Hints the rep asked for during the call, oldest first. */
  hints: PublicHint[];
  /** The previous scored call with the same persona, to compare against. */
  previousAttemptId: string | null;
};

export type { HiddenPainResult } from "@/lib/practice/rubric/hidden-pains";

/** The persona, sent to the ElevenLabs agent as per-conversation overrides. */
export type VoiceAgentOverrides = {
  agent: { prompt: { prompt: string }; firstMessage: string; language: "en" };
  tts: { voiceId: string };
};

export type VoiceAgentStart = { callId: string; mode: "elevenlabs"; signedUrl: string; overrides: VoiceAgentOverrides };

export type StartedCall = { callId: string; mode: "browser"; firstMessage: string; personaName: string } | VoiceAgentStart;

export type EndedCall = { call: PublicCall; quickScore: QuickScore | null; tooShort: boolean };

export type CallListItem = PublicCall & { personaName: string; overallScore: number | null };

export type CallList = { calls: CallListItem[]; page: number; pageSize: number; total: number };

export type CallFilters = { mode?: CallMode; personaId?: string; from?: string; to?: string; page: number };

export type PracticeStats = {
  totalCalls: number;
  totalMinutes: number;
  averageScore: number | null;
  bestScore: number | null;
  currentStreak: number;
  longestStreak: number;
  callsByMode: Record<CallMode, number>;
  trend: { callId: string; endedAt: string; mode: CallMode; score: number }[];
  categoryTrends: { category: RubricCategory; recent: number | null; previous: number | null; best: number | null; points: number[] }[];
  practiseNext: PractiseNext | null;
};
