"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { useMatch, useRespondToMatch } from "@/hooks/use-connect";
import { SafetyActions } from "@/components/safety/safety-actions";

/** Step 4: who was found and why; accept or pass; the call link once both accepted. */
export function MatchCard({ matchId }: { matchId: string }) {
  const t = useTranslations("Connect");
  const { data: match, error } = useMatch(matchId);
  const respond = useRespondToMatch(matchId);
  if (error) return <Alert variant="error">{error.message}</Alert>;
  if (!match) return <Spinner />;
  const name = match.otherUser.displayName;
  return (
    <Card aria-label={t("yourMatch")}>
      <CardHeader>
        <CardTitle>{name}</CardTitle>
        <CardDescription>{match.reason}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <p className="text-sm text-muted-foreground">
          {match.mode === "uplift" ? t("pickedToLift") : t("feelsLikeYou")} · {t("percentMatch", { percent: Math.round(match.score * 100) })}
        </p>
        {match.status === "accepted" && match.roomId ? (
          <Button asChild>
            <Link href={`/rooms/${match.roomId}`}>{t("joinCall")}</Link>
          </Button>
        ) : match.status === "accepted" ? (
          <Alert variant="success">{t("bothYes")}</Alert>
        ) : match.status === "pending" && match.youAccepted ? (
          <p role="status" className="flex items-center gap-2 text-sm">
            <Spinner /> {t("waitingFor", { name })}
          </p>
        ) : match.status === "pending" ? (
          <div className="flex gap-2">
            <Button onClick={() => respond.mutate("accept")} disabled={respond.isPending}>
              {t("accept")}
            </Button>
            <Button variant="outline" onClick={() => respond.mutate("reject")} disabled={respond.isPending}>
              {t("notNow")}
            </Button>
          </div>
        ) : (
          <Alert>{t("matchIs", { status: t(`matchStatus.${match.status}`) })}</Alert>
        )}
        {respond.error ? <Alert variant="error">{respond.error.message}</Alert> : null}
        <p className="text-xs text-muted-foreground">{t("p2p")}</p>
        <SafetyActions userId={match.otherUser.id} matchId={match.id} name={name} />
      </CardContent>
    </Card>
  );
}
