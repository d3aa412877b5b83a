import { SectionTabs } from "@/components/shell/section-tabs";

const links = [
  { name: "Today", href: "/wellbeing", exact: true },
  { name: "Journal", href: "/wellbeing/journal" },
  { name: "Trends", href: "/wellbeing/trends" },
  { name: "Meditate", href: "/wellbeing/meditate" },
  { name: "Music", href: "/wellbeing/music" },
  { name: "Settings", href: "/wellbeing/settings" },
];

/** The Wellbeing section's own tabs. */
export function WellbeingNav() {
  return <SectionTabs label="Wellbeing" links={links} />;
}
