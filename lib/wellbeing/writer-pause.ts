import { setTimeout as delay } from "node:timers/promises";

/** How long someone must stop writing (the editor autosaves every ~2 s while they type) before a
 * paid journal analysis runs. */
export const WRITER_PAUSE_MS = 10_000;

export const waitForWriterPause = () => delay(WRITER_PAUSE_MS);
