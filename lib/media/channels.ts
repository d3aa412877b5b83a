import "server-only";
import { z } from "zod";
import { AppError } from "../http";
import { registerChannelKind } from "../realtime/channels";
import { isRoomParticipant } from "./room-access";

// Only a room's two participants may follow `room:{id}` (signalling, lifecycle, subtitles).
registerChannelKind("room", async ({ db, user, id }) => {
  if (!z.uuid().safeParse(id).success) throw new AppError("VALIDATION_ERROR", "A room channel is room:<room id>.", { channel: `room:${id}` });
  return isRoomParticipant({ db, userId: user.id, roomId: id });
});
