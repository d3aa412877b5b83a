/** A participant whose heartbeat has been silent this long has left the call. */
export const HEARTBEAT_TIMEOUT_MS = 30_000;
/** How often a client in a room sends its heartbeat (well inside the timeout). */
export const HEARTBEAT_INTERVAL_MS = 10_000;
/** A room closes an hour after it was opened, whether or not anyone joined. */
export const ROOM_TTL_MS = 60 * 60_000;
/** A room nobody completed joining this long after it opened was missed. */
export const ANSWER_TIMEOUT_MS = 2 * 60_000;
/** A warning goes out this long before a plan's call minutes run out. */
export const CALL_MINUTES_WARNING_MS = 60_000;

export const roomChannel = (roomId: string) => `room:${roomId}`;
