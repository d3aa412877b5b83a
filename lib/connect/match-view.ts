import "server-only";
import { getPreferredLanguage } from "../account/preferred-language";
import type { ConnectMatch } from "../db/schema";
import type { Db } from "../db/types";
import { otherDisplayName } from "./other-display-name";
import { translatorFor } from "../i18n/translator";
import { reasonInWords } from "./reason-words";

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

/** The match as `userId` sees it: the reason from their side, in `language`. */
export function toMatchView(match: ConnectMatch, userId: string, otherName: string, language: string): MatchView {
  const isA = match.userAId === userId;
  return {
    id: match.id,
    otherUser: { id: isA ? match.userBId : match.userAId, displayName: otherName },
    mode: match.mode,
    score: Math.round(match.score * 1000) / 1000,
    reason: reasonInWords(isA ? match.reason : match.reasonB, language),
    sharedEmotions: match.sharedEmotions,
    status: match.status,
    youAccepted: (isA ? match.aAcceptedAt : match.bAcceptedAt) !== null,
    theyAccepted: (isA ? match.bAcceptedAt : match.aAcceptedAt) !== null,
    roomId: match.roomId,
    expiresAt: match.expiresAt.toISOString(),
    createdAt: match.createdAt.toISOString(),
  };
}

/** toMatchView with the other person's name and the viewer's language looked up. */
export async function matchViewFor({ db, match, userId }: { db: Db; match: ConnectMatch; userId: string }): Promise<MatchView> {
  const [name, language] = await Promise.all([otherDisplayName(db, match, userId), getPreferredLanguage({ db, userId })]);
  return toMatchView(match, userId, name ?? translatorFor(language)("Notices.someone"), language);
}
