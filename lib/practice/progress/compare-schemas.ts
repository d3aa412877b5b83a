import { z } from "zod";
import { fieldMessage } from "@/lib/i18n/field-message";

export const compareQuerySchema = z.object({ a: z.uuid(fieldMessage("pickTheFirstCall")), b: z.uuid(fieldMessage("pickTheSecondCall")) });
