import { useTranslations } from "next-intl";
import { SectionTabs } from "@/components/shell/section-tabs";

/** The Wellbeing section's own tabs. */
export function WellbeingNav() {
  const t = useTranslations("Wellbeing.nav");
  const links = [
    { name: t("today"), href: "/wellbeing", exact: true },
    { name: t("journal"), href: "/wellbeing/journal" },
    { name: t("trends"), href: "/wellbeing/trends" },
    { name: t("meditate"), href: "/wellbeing/meditate" },
    { name: t("music"), href: "/wellbeing/music" },
    { name: t("settings"), href: "/wellbeing/settings" },
  ];
  return <SectionTabs label={t("label")} links={links} />;
}
