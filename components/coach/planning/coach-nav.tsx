import { useTranslations } from "next-intl";
import { SectionTabs } from "@/components/shell/section-tabs";

/** The Coach section's own tabs. */
export function CoachNav() {
  const t = useTranslations("Coach.nav");
  const links = [
    { name: t("checkIn"), href: "/coach", exact: true },
    { name: t("goals"), href: "/coach/goals" },
    { name: t("sessions"), href: "/coach/sessions" },
    { name: t("summaries"), href: "/coach/summaries" },
    { name: t("memory"), href: "/coach/memory" },
    { name: t("profile"), href: "/coach/profile" },
  ];
  return <SectionTabs label={t("label")} links={links} />;
}
