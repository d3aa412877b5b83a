// The Wellbeing API's answers as the pages read them.

export type CrisisResource = { where: string; who: string; how: string };
export type Care = { resources: CrisisResource[] } | null;

export type Checkin = { id: string; mood: number; emotions: string[]; note: string; tags: string[]; day: string; createdAt: string };

export type EntryAnalysis = { emotions: { emotion: string; intensity: number }[]; mood: number; themes: string[]; summary: string; engine: "llm" | "offline" };

export type Entry = {
  id: string;
  title: string;
  content: string;
  mood: number | null;
  tags: string[];
  visibility: "private" | "shared";
  day: string;
  revision: number;
  analysis: EntryAnalysis | null;
  care: Care;
  createdAt: string;
  updatedAt: string;
};

export type EntrySummary = { id: string; title: string; excerpt: string; mood: number | null; tags: string[]; day: string; summary: string | null; updatedAt: string };

export type SavedEntry = { id: string; revision: number; updatedAt: string };

export type ActivityComparison = { withActivity: number | null; without: number | null; daysWith: number; daysWithout: number };

export type Trends = {
  range: "week" | "month" | "year";
  from: string;
  to: string;
  days: { day: string; mood: number }[];
  average: number | null;
  trend: number;
  emotions: { emotion: string; count: number; share: number }[];
  tags: { tag: string; days: number; average: number; difference: number }[];
  pillars: { practice: ActivityComparison; coach: ActivityComparison };
};

export type Program = {
  id: string;
  title: string;
  kind: "breathing" | "body-scan" | "focus" | "sleep";
  minutes: number;
  description: string;
  guidance: string[];
  breath: { inhale: number; hold: number; exhale: number; holdAfter: number } | null;
  ambient: "rain" | "ocean" | "drone" | "none";
};

export type Insights = {
  sessions: number;
  completed: number;
  minutes: number;
  currentStreak: number;
  longestStreak: number;
  badges: { id: string; label: string; earned: boolean }[];
  programs: { programId: string; title: string; sessions: number; averageChange: number }[];
  recent: { id: string; title: string; day: string; completed: boolean; durationSeconds: number; moodBefore: number; moodAfter: number | null; interruptions: number }[];
};

export type Track = {
  id: string;
  title: string;
  artist: string;
  durationSeconds: number;
  licence: string;
  licenceUrl: string;
  source: { name: string; url: string };
  tags: string[];
  moods: number[];
};

export type Music = { tracks: Track[]; suggestions: { match: Track[]; lift: Track[] } | null; saved: string[] };

export type WellbeingSettings = { shareMoodWithCoach: boolean; checkinReminderTime: string | null; meditationReminderTime: string | null };
