// What the Connect API answers, as the browser sees it.
import type { ConnectEmotion, ConnectEmotionScores } from "@/lib/emotion/emotions";

export type ClipStatus = "pending" | "processing" | "completed" | "error";

export type Clip = {
  id: string;
  processingStatus: ClipStatus;
  errorMessage: string | null;
  durationMs: number;
  transcript: string | null;
  transcriptSource: string | null;
  language: string | null;
  emotions: ConnectEmotionScores | null;
  topEmotions: ConnectEmotion[];
  engine: string | null;
  adjusted: boolean;
};

export type Match = {
  id: string;
  otherUser: { id: string; displayName: string };
  mode: "similar" | "uplift";
  score: number;
  reason: string;
  sharedEmotions: string[];
  status: "pending" | "accepted" | "rejected" | "expired";
  youAccepted: boolean;
  theyAccepted: boolean;
  roomId: string | null;
  expiresAt: string;
  createdAt: string;
};

export type HistoryEntry = Match & { callDurationSeconds: number | null; canCallAgain: boolean };

export type ConnectProfile = {
  displayName: string;
  birthDate: string;
  age: number;
  gender: string | null;
  tagline: string;
  interests: string[];
  languages: string[];
  preferences: { languages: string[]; ageMin: number | null; ageMax: number | null; genders: string[] };
};
