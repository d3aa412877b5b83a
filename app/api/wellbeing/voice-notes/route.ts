// POST /api/wellbeing/voice-notes — transcribe a journal voice note (multipart: audio, language?); nothing is stored
import { methods, withUser } from "@/lib/api/handler";
import { limitCostlyRequest } from "@/lib/costly-limits";
import { readAudioForm } from "@/lib/voice/read-audio-form";
import { transcribeVoiceNote, VOICE_NOTE_LIMITS } from "@/lib/wellbeing/voice-notes";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: withUser(
    async ({ req, db, user }) => {
      await limitCostlyRequest({ db, userId: user.id, action: "voice.transcribe" });
      const { audio, text } = await readAudioForm(req, VOICE_NOTE_LIMITS);
      return Response.json(await transcribeVoiceNote({ audio, language: text("language")?.slice(0, 10) }));
    },
    { bodyTypes: ["multipart/form-data"] },
  ),
});
