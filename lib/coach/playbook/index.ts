import { growthEntries } from "./growth";
import { moneyEntries } from "./money";
import { peopleEntries } from "./people";
import { selfEntries } from "./self";
import type { PlaybookEntry } from "./types";

// The coach's curated playbook, shipped with the app. No "server-only": pure data.

export const playbook: PlaybookEntry[] = [...peopleEntries, ...moneyEntries, ...growthEntries, ...selfEntries];

export type { PlaybookEntry, PlaybookTopic } from "./types";
