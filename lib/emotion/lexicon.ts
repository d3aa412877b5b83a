import type { Emotion } from "./emotions";

// Provenance: these word and phrase lists were written by hand for Cadence from everyday English
// usage (no third-party lexicon such as NRC EmoLex was copied); they ship under the project's own
// licence. "strong" entries weigh 1, "mild" ones 0.5. A word may appear under several emotions.

type Tiers = { strong: string; mild: string };

export const WORDS: Record<Emotion, Tiers> = {
  lonely: {
    strong: "lonely loneliness lonesome isolated isolation alone abandoned forgotten unwanted friendless outcast excluded ignored invisible unloved disconnected",
    mild: "empty distant apart solitary withdrawn separated quiet nobody missing miss homesick neglected",
  },
  happy: {
    strong: "happy happiness joy joyful glad delighted cheerful content wonderful great fantastic awesome amazing lovely thrilled overjoyed ecstatic blissful elated",
    mild: "good nice fine pleased smile smiling laugh laughing laughed fun enjoy enjoyed enjoying better bright sunny positive",
  },
  excited: {
    strong: "excited exciting excitement thrilled pumped stoked eager buzzing hyped energized energised exhilarated",
    mild: "adventure adventurous anticipation looking celebrate celebrating party wow new",
  },
  sad: {
    strong: "sad sadness unhappy depressed depression miserable heartbroken devastated grief grieving crying cried cry tears sorrow gloomy hopeless down upset hurt",
    mild: "blue low disappointed lost loss regret sorry awful terrible bad worse worst dull numb",
  },
  anxious: {
    strong: "anxious anxiety worried worry worrying nervous panic panicking panicked scared afraid fear fearful terrified stressed stress overwhelmed dread restless tense uneasy",
    mild: "uncertain unsure deadline pressure overthinking racing jittery shaky doubt doubts insecure trouble problem",
  },
  calm: {
    strong: "calm peaceful relaxed serene tranquil content settled grounded centered centred mellow soothing",
    mild: "quiet gentle rest resting easy steady okay ok slow breathe breathing balanced comfortable cozy cosy",
  },
  romantic: {
    strong: "romantic romance love loving crush date dating sweetheart darling passion passionate kiss flirt flirting",
    mild: "heart partner boyfriend girlfriend husband wife valentine candlelit tender affection affectionate cuddle",
  },
  playful: {
    strong: "playful silly goofy cheeky mischievous joking jokes joke banter tease teasing",
    mild: "fun funny game games play playing laugh laughing giggle prank witty dance dancing",
  },
  grateful: {
    strong: "grateful gratitude thankful thanks blessed appreciate appreciative appreciated",
    mild: "lucky fortunate kind kindness helped support supported glad",
  },
  angry: {
    strong: "angry anger furious mad rage raging livid annoyed irritated frustrated frustration resentful outraged hate hated",
    mild: "unfair annoying irritating fed bitter hostile grumpy cross argue argued fight fought",
  },
  tired: {
    strong: "tired exhausted exhaustion drained weary sleepy fatigued fatigue burnt burned worn",
    mild: "sleep yawning heavy sluggish slow lazy late insomnia drowsy",
  },
  hopeful: {
    strong: "hopeful hope hoping optimistic optimism encouraged inspired motivated determined",
    mild: "maybe future tomorrow better possible chance improve improving forward wish",
  },
};

/** Multi-word phrases, matched before single words (longest first). */
export const PHRASES: Record<Emotion, Tiers> = {
  lonely: {
    strong: "no one to talk to|nobody to talk to|left out|all by myself|on my own|no friends|nobody cares|no one cares|feel alone",
    mild: "by myself|miss them|miss you|wish someone",
  },
  happy: { strong: "over the moon|on cloud nine|feel good|feeling good|made my day|best day", mild: "pretty good|not bad" },
  excited: { strong: "can't wait|cannot wait|looking forward|fired up", mild: "big news|so much to do" },
  sad: { strong: "feel down|feeling down|broke my heart|let down|falling apart", mild: "bad day|rough day|feel low" },
  anxious: {
    strong: "on edge|freaking out|can't stop worrying|can't stop thinking|what if|panic attack|can't breathe|butterflies in my stomach",
    mild: "can't sleep|cannot sleep|so much pressure",
  },
  calm: { strong: "at peace|at ease|chilled out|taking it easy", mild: "slow morning|deep breath|quiet evening" },
  romantic: { strong: "in love|fall in love|falling for|date night|butterflies for", mild: "special someone|hold hands" },
  playful: { strong: "just kidding|having a laugh|messing around|fooling around", mild: "up for anything|bit of fun" },
  grateful: { strong: "thank you|so thankful|means a lot", mild: "lucky to have" },
  angry: { strong: "fed up|pissed off|sick of|had enough", mild: "gets on my nerves" },
  tired: { strong: "worn out|burnt out|burned out|no energy|running on empty", mild: "long day|need sleep" },
  hopeful: { strong: "things will get better|looking up|fresh start|new beginning", mild: "one day|someday soon" },
};

/** Where a negated emotion goes ("not happy" reads as a little sad); null drops it. */
export const NEGATED_TO: Record<Emotion, Emotion | null> = {
  lonely: null,
  happy: "sad",
  excited: "sad",
  sad: "happy",
  anxious: "calm",
  calm: "anxious",
  romantic: null,
  playful: null,
  grateful: null,
  angry: "calm",
  tired: null,
  hopeful: "sad",
};

export const NEGATORS = new Set(["not", "no", "never", "nothing", "nobody", "without", "hardly", "barely", "neither", "nor", "cannot"]);

/** Multipliers for the next emotion word; two-word ones are joined with a space. */
export const MODIFIERS: Record<string, number> = {
  very: 1.5, really: 1.4, so: 1.4, extremely: 1.8, incredibly: 1.8, super: 1.5, totally: 1.4, completely: 1.5,
  absolutely: 1.6, deeply: 1.5, truly: 1.4, too: 1.3, utterly: 1.7, terribly: 1.6, "so very": 1.8,
  slightly: 0.5, somewhat: 0.6, little: 0.5, bit: 0.5, kinda: 0.6, sorta: 0.6, mildly: 0.5, fairly: 0.8,
  "a bit": 0.5, "a little": 0.5, "kind of": 0.6, "sort of": 0.6, "a tad": 0.5,
};
