import "server-only";
import { z } from "zod";
import { apiError } from "../http";
import { registerChannelKind } from "../realtime/channels";
import { isRoomParticipant } from "./room-access";

// Only a room's two participants may follow `room:{id}` (signalling, lifecycle, subtitles).
registerChannelKind("room", async ({ db, user, id }) => {
  if (!z.uuid().safeParse(id).success) throw apiError("VALIDATION_ERROR", "common.roomChannel", { details: { channel: `room:${id}` } });
  return isRoomParticipant({ db, userId: user.id, roomId: id });
});
