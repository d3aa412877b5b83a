import { z } from "zod";
import { kindNames, type NotificationKind } from "@/lib/notifications/kinds";
import { fieldMessage } from "@/lib/i18n/field-message";

export const listNotificationsSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const markReadSchema = z
  .object({
    ids: z.array(z.uuid()).max(500).optional(),
    all: z.boolean().optional(),
  })
  .refine((v) => v.all === true || (v.ids?.length ?? 0) > 0, { message: fieldMessage("sendIdsOrAllTrue"), path: ["ids"] });

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, fieldMessage("useHHMm24Hour"));
const channelToggles = z.strictObject({ inApp: z.boolean(), push: z.boolean(), email: z.boolean() }).partial();

export const preferencesUpdateSchema = z.strictObject({
  kinds: z.partialRecord(z.enum(kindNames as [NotificationKind, ...NotificationKind[]]), channelToggles).optional(),
  quietHours: z
    .strictObject({ start: time, end: time })
    .refine((q) => q.start !== q.end, { message: fieldMessage("startAndEndMustDiffer"), path: ["end"] })
    .nullable()
    .optional(),
  emailDigest: z.boolean().optional(),
});
