import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/lib/db/client";
import { listPersonas } from "@/lib/practice/persona/personas";
import { PracticePicker } from "./practice-picker";

/** The mode and persona picker, with the personas read on the server so the list comes with the HTML. */
export async function PracticeStart({ userId }: { userId: string }) {
  const personas = await listPersonas({ db: await getDb(), userId });
  return <PracticePicker initialPersonas={personas} />;
}

export function PracticeStartSkeleton() {
  const t = useTranslations("Practice");
  return (
    <div role="status" aria-label={t("loadingPersonas")} className="grid gap-4">
      <Skeleton className="h-40" />
      <Skeleton className="h-96" />
    </div>
  );
}
