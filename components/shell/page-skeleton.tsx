import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** The skeleton a streamed app page shows until its data arrives (each such route's loading.tsx).
 * Pages with the app's own forms (settings, coach planning) have none: without a Suspense boundary
 * their HTML comes whole, so they work with JavaScript off, where a streamed boundary would stay on
 * this skeleton for good. */
export function PageSkeleton() {
  const t = useTranslations("Common");
  return (
    <div className="mx-auto grid max-w-5xl grid-cols-1 gap-8" role="status" aria-label={t("loading")}>
      <div className="grid gap-3">
        <Skeleton className="h-9 w-full max-w-64" />
        <Skeleton className="h-5 w-full max-w-96" />
      </div>
      <Skeleton className="h-48 w-full" />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-40 w-full" />
        ))}
      </div>
    </div>
  );
}
