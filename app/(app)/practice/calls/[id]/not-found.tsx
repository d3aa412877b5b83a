import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function CallNotFound() {
  const t = useTranslations("Practice");
  return (
    <div className="mx-auto grid max-w-xl gap-4 py-10 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">{t("callMissingTitle")}</h1>
      <p className="text-muted-foreground">{t("callMissingBody")}</p>
      <div className="flex flex-wrap justify-center gap-2">
        <Button asChild>
          <Link href="/practice">{t("startPracticeCall")}</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/practice/history">{t("callHistory")}</Link>
        </Button>
      </div>
    </div>
  );
}
