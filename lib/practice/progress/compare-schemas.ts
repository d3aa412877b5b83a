import { z } from "zod";

export const compareQuerySchema = z.object({ a: z.uuid("Pick the first call."), b: z.uuid("Pick the second call.") });
