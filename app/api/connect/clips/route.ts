// POST /api/connect/clips — upload a voice clip (multipart: audio, transcript?, language?); processed after the response
import { after } from "next/server";
import { methods, withUser } from "@/lib/api/handler";
import { createClip } from "@/lib/connect/clips";
import { processClip } from "@/lib/connect/process-clip";
import { readClipUpload } from "@/lib/connect/read-clip-upload";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(
    async ({ req, db, user }) => {
      const upload = await readClipUpload(req);
      const clip = await createClip({ db, user, ...upload });
      after(() => processClip({ db, clipId: clip.id }));
      return Response.json(clip, { status: 201 });
    },
    { bodyTypes: ["multipart/form-data"] },
  ),
});
