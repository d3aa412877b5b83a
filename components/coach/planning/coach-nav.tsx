import { SectionTabs } from "@/components/shell/section-tabs";

const links = [
  { name: "Check-in", href: "/coach", exact: true },
  { name: "Goals", href: "/coach/goals" },
  { name: "Sessions", href: "/coach/sessions" },
  { name: "Summaries", href: "/coach/summaries" },
  { name: "Memory", href: "/coach/memory" },
  { name: "Profile", href: "/coach/profile" },
];

/** The Coach section's own tabs. */
export function CoachNav() {
  return <SectionTabs label="Coach" links={links} />;
}
