import { z } from "zod";

export const realtimeQuerySchema = z.object({
  channels: z
    .array(z.string().min(3).max(80))
    .min(1, "Name at least one channel.")
    .max(20, "Subscribe to at most 20 channels at once."),
  lastEventId: z.coerce.number().int().nonnegative().nullable(),
});

export function readRealtimeQuery(req: Request) {
  const url = new URL(req.url);
  const channels = url.searchParams.getAll("channel").flatMap((c) => c.split(",")).filter(Boolean);
  const lastEventId = req.headers.get("last-event-id") ?? url.searchParams.get("lastEventId");
  return realtimeQuerySchema.parse({ channels: [...new Set(channels)], lastEventId: lastEventId || null });
}
