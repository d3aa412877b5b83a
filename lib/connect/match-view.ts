import "server-only";
import type { ConnectMatch } from "../db/schema";

export type MatchView = {
  id: string;
  otherUser: { id: string; displayName: string };
  mode: ConnectMatch["mode"];
  score: number;
  reason: string;
  sharedEmotions: string[];
  status: ConnectMatch["status"];
  youAccepted: boolean;
  theyAccepted: boolean;
  roomId: string | null;
  expiresAt: string;
  createdAt: string;
};

/** The match as `userId` sees it (the reason in their words). */
export function toMatchView(match: ConnectMatch, userId: string, otherName: string): MatchView {
  const isA = match.userAId === userId;
  return {
    id: match.id,
    otherUser: { id: isA ? match.userBId : match.userAId, displayName: otherName },
    mode: match.mode,
    score: Math.round(match.score * 1000) / 1000,
    reason: isA ? match.reason : match.reasonB,
    sharedEmotions: match.sharedEmotions,
    status: match.status,
    youAccepted: (isA ? match.aAcceptedAt : match.bAcceptedAt) !== null,
    theyAccepted: (isA ? match.bAcceptedAt : match.aAcceptedAt) !== null,
    roomId: match.roomId,
    expiresAt: match.expiresAt.toISOString(),
    createdAt: match.createdAt.toISOString(),
  };
}
