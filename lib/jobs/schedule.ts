// Cron schedules, shared by vercel.json (checked by a test) and the in-process scheduler.
export const jobSchedules = {
  "daily-summary": "0 * * * *",
  "weekly-summary": "30 * * * 1",
  cleanup: "* * * * *",
  "daily-drop": "0 9 * * *",
  deliveries: "* * * * *",
  "session-reminders": "*/5 * * * *",
  rooms: "* * * * *",
  "wellbeing-reminders": "10 * * * *",
} as const;

export type JobName = keyof typeof jobSchedules;

export const jobNames = Object.keys(jobSchedules) as JobName[];
