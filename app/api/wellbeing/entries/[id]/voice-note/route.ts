// POST /api/wellbeing/entries/:id/voice-note — keep a voice note's audio with the entry (multipart: audio), as the user asked
import { methods, withUser } from "@/lib/api/handler";
import { idParam } from "@/lib/coach/id-param";
import { readAudioForm } from "@/lib/voice/read-audio-form";
import { keepVoiceNote, VOICE_NOTE_LIMITS } from "@/lib/wellbeing/voice-notes";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(
    async ({ req, db, user, params }) => {
      const entryId = idParam(params, "entry");
      const { audio } = await readAudioForm(req, VOICE_NOTE_LIMITS);
      return Response.json(await keepVoiceNote({ db, userId: user.id, entryId, audio }), { status: 201 });
    },
    { bodyTypes: ["multipart/form-data"] },
  ),
});
