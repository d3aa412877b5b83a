import { type Track, TRACKS } from "./music-catalogue";

// No "server-only": suggestions for a mood, pure. "Match" sits with how you feel; "lift" moves one
// step up, gently: from a low mood it offers calm and hopeful pieces, never a jump to party music.

const LIFT_TAGS = new Set(["hopeful", "uplifting", "calm"]);

export function suggestTracks(mood: number, limit = 8): { match: Track[]; lift: Track[] } {
  const match = TRACKS.filter((t) => t.moods.includes(mood)).slice(0, limit);
  if (mood >= 5) return { match, lift: [] };
  const next = mood + 1;
  const lift = TRACKS.filter((t) => t.moods.includes(next) && t.tags.some((tag) => LIFT_TAGS.has(tag)) && !(mood <= 2 && t.tags.includes("energetic")))
    .filter((t) => !match.includes(t))
    .slice(0, limit);
  return { match, lift };
}
