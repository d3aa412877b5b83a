import { z } from "zod";
import { fieldMessage } from "@/lib/i18n/field-message";

export const realtimeQuerySchema = z.object({
  channels: z
    .array(z.string().min(3).max(80))
    .min(1, fieldMessage("nameAtLeastOneChannel"))
    .max(20, fieldMessage("subscribeToAtMost20Channels")),
  lastEventId: z.coerce.number().int().nonnegative().nullable(),
});

export function readRealtimeQuery(req: Request) {
  const url = new URL(req.url);
  const channels = url.searchParams.getAll("channel").flatMap((c) => c.split(",")).filter(Boolean);
  const lastEventId = req.headers.get("last-event-id") ?? url.searchParams.get("lastEventId");
  return realtimeQuerySchema.parse({ channels: [...new Set(channels)], lastEventId: lastEventId || null });
}
