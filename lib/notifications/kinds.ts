// Every notification kind Cadence sends, with its label in settings and which channels are on by
// default. A pillar adds its kinds here; notify() refuses a kind that is not listed.

export const channels = ["inApp", "push", "email"] as const;
export type NotificationChannel = (typeof channels)[number];
export type ChannelDefaults = Record<NotificationChannel, boolean>;

type KindDefinition = { label: string; description: string; defaults: ChannelDefaults };

export const notificationKinds = {
  "coach.session-reminder": {
    label: "Coach session reminders",
    description: "A day and 15 minutes before a scheduled coaching session.",
    defaults: { inApp: true, push: true, email: true },
  },
  "connect.match": {
    label: "New matches",
    description: "Someone who feels the way you do is ready to talk.",
    defaults: { inApp: true, push: true, email: false },
  },
  "safety.report-outcome": {
    label: "Report outcomes",
    description: "What a moderator decided about someone you reported.",
    defaults: { inApp: true, push: false, email: false },
  },
  "safety.moderation": {
    label: "Moderation notices",
    description: "A warning or a pause on your account from a moderator.",
    defaults: { inApp: true, push: false, email: true },
  },
  "translate.call": {
    label: "Incoming calls",
    description: "A contact is calling you.",
    defaults: { inApp: true, push: true, email: false },
  },
  "translate.message": {
    label: "New messages",
    description: "A contact sent you a message.",
    defaults: { inApp: true, push: true, email: false },
  },
  "wellbeing.check-in": {
    label: "Daily check-in",
    description: "A nudge to write in your journal.",
    defaults: { inApp: true, push: true, email: false },
  },
  "wellbeing.meditation": {
    label: "Meditation reminder",
    description: "A nudge at the time you chose to take a few minutes of calm.",
    defaults: { inApp: true, push: true, email: false },
  },
  "billing.payment-failed": {
    label: "Payment problems",
    description: "A payment for your plan did not go through.",
    defaults: { inApp: true, push: true, email: true },
  },
} as const satisfies Record<string, KindDefinition>;

export type NotificationKind = keyof typeof notificationKinds;

export const kindNames = Object.keys(notificationKinds) as NotificationKind[];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(notificationKinds, kind);
}
