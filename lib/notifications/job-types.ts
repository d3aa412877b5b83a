// Delivery job types, apart from their handlers so that queueing code never imports the senders.
export const NOTIFICATION_EMAIL_JOB = "notification-email";
export const EMAIL_JOB = "email";
export const EMAIL_DIGEST_JOB = "email-digest";
export const PUSH_JOB = "push";
export const REMINDER_JOB = "reminder";
