// What a moderator can do with a report (shared by the API schema and the queue page).
export const moderationActions = ["dismiss", "warn", "suspend", "ban"] as const;
export type ModerationAction = (typeof moderationActions)[number];
