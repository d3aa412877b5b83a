import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AttemptComparison } from "@/components/practice/attempt-comparison";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Practice"))("compareMeta") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function CompareAttemptsPage({ searchParams }: { searchParams: Promise<{ a?: string | string[]; b?: string | string[] }> }) {
  const t = await getTranslations("Practice");
  const params = await searchParams;
  return (
    <div className="mx-auto grid max-w-5xl gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("compareTitle")}</h1>
      <AttemptComparison a={first(params.a)} b={first(params.b)} />
    </div>
  );
}
