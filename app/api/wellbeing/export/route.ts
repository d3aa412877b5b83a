// GET /api/wellbeing/export?format=csv|md — download the journal as CSV or Markdown
import { z } from "zod";
import { methods, withUser } from "@/lib/api/handler";
import { exportEntries } from "@/lib/wellbeing/export-entries";
import { fieldMessage } from "@/lib/i18n/field-message";

const querySchema = z.object({ format: z.enum(["csv", "md"], fieldMessage("useFormatCsvOrFormatMd")) });

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: withUser(async ({ req, db, user }) => {
    const { format } = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const file = await exportEntries({ db, userId: user.id, format });
    return new Response(file.body, { headers: { "content-type": file.type, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" } });
  }),
});
