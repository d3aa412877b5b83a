// No "server-only": the music catalogue shipped with the app. Every track is free to listen to at
// its source. Kevin MacLeod's pieces are his own recordings on incompetech.com under CC BY 4.0; the
// classical pieces are public-domain compositions, found as free recordings on Musopen, whose page
// names each recording's own licence (most are public domain). Durations are approximate: they
// differ between editions and performances, and the UI shows them as "about".

export const MUSIC_TAGS = ["calm", "focus", "sleep", "hopeful", "uplifting", "playful", "energetic", "melancholy"] as const;
export type MusicTag = (typeof MUSIC_TAGS)[number];

export type Track = {
  id: string;
  title: string;
  artist: string;
  durationSeconds: number;
  licence: string;
  licenceUrl: string;
  source: { name: string; url: string };
  tags: MusicTag[];
  /** The moods (1–5) the track sits well with. */
  moods: number[];
};

const INCOMPETECH = { name: "incompetech.com (search the title)", url: "https://incompetech.com/music/royalty-free/music.html" };
const MUSOPEN = { name: "Musopen (search the title)", url: "https://musopen.org/music/" };

function mac(id: string, title: string, durationSeconds: number, tags: MusicTag[], moods: number[]): Track {
  return { id: `macleod-${id}`, title, artist: "Kevin MacLeod", durationSeconds, licence: "CC BY 4.0", licenceUrl: "https://creativecommons.org/licenses/by/4.0/", source: INCOMPETECH, tags, moods };
}

function pd(id: string, title: string, composer: string, durationSeconds: number, tags: MusicTag[], moods: number[]): Track {
  return { id: `pd-${id}`, title, artist: composer, durationSeconds, licence: "Public-domain composition; recording licence on its Musopen page", licenceUrl: "https://musopen.org/faq/", source: MUSOPEN, tags, moods };
}

export const TRACKS: readonly Track[] = [
  mac("carefree", "Carefree", 204, ["uplifting", "playful"], [4,5]),
  mac("wallpaper", "Wallpaper", 205, ["calm", "focus"], [3,4]),
  mac("sneaky-snitch", "Sneaky Snitch", 136, ["playful"], [3,4]),
  mac("monkeys-spinning-monkeys", "Monkeys Spinning Monkeys", 124, ["playful", "uplifting"], [3,4,5]),
  mac("local-forecast-elevator", "Local Forecast - Elevator", 191, ["calm", "focus"], [3,4]),
  mac("fluffing-a-duck", "Fluffing a Duck", 90, ["playful", "uplifting"], [3,4,5]),
  mac("investigations", "Investigations", 152, ["focus"], [3]),
  mac("airport-lounge", "Airport Lounge", 300, ["calm", "focus"], [3,4]),
  mac("dreamer", "Dreamer", 289, ["calm", "hopeful"], [2,3]),
  mac("meditation-impromptu-01", "Meditation Impromptu 01", 210, ["calm", "sleep"], [1,2,3]),
  mac("meditation-impromptu-02", "Meditation Impromptu 02", 284, ["calm", "sleep"], [1,2,3]),
  mac("meditation-impromptu-03", "Meditation Impromptu 03", 256, ["calm", "sleep"], [1,2,3]),
  mac("healing", "Healing", 227, ["calm", "hopeful"], [1,2]),
  mac("peaceful-desolation", "Peaceful Desolation", 176, ["melancholy", "calm"], [1,2]),
  mac("frost-waltz", "Frost Waltz", 137, ["calm", "melancholy"], [2,3]),
  mac("wholesome", "Wholesome", 207, ["hopeful", "uplifting"], [2,3,4]),
  mac("life-of-riley", "Life of Riley", 206, ["uplifting", "playful"], [4,5]),
  mac("happy-alley", "Happy Alley", 134, ["uplifting", "playful"], [4,5]),
  mac("easy-lemon", "Easy Lemon", 199, ["calm", "focus"], [3,4]),
  mac("somewhere-sunny", "Somewhere Sunny", 188, ["uplifting", "hopeful"], [3,4,5]),
  mac("sovereign", "Sovereign", 249, ["hopeful"], [2,3]),
  mac("bittersweet", "Bittersweet", 182, ["melancholy", "hopeful"], [1,2]),
  mac("heartbreaking", "Heartbreaking", 224, ["melancholy"], [1,2]),
  mac("sad-trio", "Sad Trio", 204, ["melancholy"], [1,2]),
  mac("despair-and-triumph", "Despair and Triumph", 219, ["melancholy", "hopeful"], [1,2,3]),
  mac("clean-soul", "Clean Soul", 184, ["calm", "focus"], [2,3,4]),
  mac("dream-culture", "Dream Culture", 246, ["calm", "sleep"], [2,3]),
  mac("enchanted-journey", "Enchanted Journey", 191, ["hopeful", "calm"], [2,3]),
  mac("floating-cities", "Floating Cities", 194, ["hopeful", "uplifting"], [3,4]),
  mac("inspired", "Inspired", 216, ["hopeful", "uplifting"], [2,3,4]),
  mac("ascending-the-vale", "Ascending the Vale", 287, ["hopeful", "focus"], [2,3,4]),
  mac("evening-fall-piano", "Evening Fall (Piano)", 187, ["calm", "melancholy"], [1,2,3]),
  mac("amazing-plan", "Amazing Plan", 208, ["uplifting", "energetic"], [4,5]),
  mac("hyperfun", "Hyperfun", 172, ["energetic", "playful"], [4,5]),
  mac("porch-swing-days-slower", "Porch Swing Days - slower", 265, ["calm", "hopeful"], [2,3,4]),
  mac("deliberate-thought", "Deliberate Thought", 230, ["focus", "calm"], [3]),
  mac("thinking-music", "Thinking Music", 170, ["focus"], [3,4]),
  mac("long-note-one", "Long Note One", 630, ["sleep", "calm"], [1,2,3]),
  mac("cool-vibes", "Cool Vibes", 346, ["focus", "uplifting"], [3,4]),
  mac("pixel-peeker-polka-faster", "Pixel Peeker Polka - faster", 187, ["energetic", "playful"], [4,5]),
  pd("satie-gymnop-die-no-1", "Gymnopédie No. 1", "Erik Satie", 210, ["calm", "melancholy"], [1,2,3]),
  pd("satie-gnossienne-no-1", "Gnossienne No. 1", "Erik Satie", 220, ["calm", "melancholy"], [1,2]),
  pd("debussy-clair-de-lune-suite-bergamasque", "Clair de lune (Suite bergamasque)", "Claude Debussy", 300, ["calm", "sleep"], [1,2,3]),
  pd("debussy-r-verie", "Rêverie", "Claude Debussy", 270, ["calm", "hopeful"], [2,3]),
  pd("debussy-arabesque-no-1", "Arabesque No. 1", "Claude Debussy", 260, ["hopeful", "uplifting"], [2,3,4]),
  pd("bach-air-orchestral-suite-no-3-bwv-1068", "Air (Orchestral Suite No. 3, BWV 1068)", "Johann Sebastian Bach", 310, ["calm", "hopeful"], [1,2,3]),
  pd("bach-prelude-in-c-major-bwv-846", "Prelude in C major, BWV 846", "Johann Sebastian Bach", 140, ["focus", "calm"], [2,3,4]),
  pd("beethoven-piano-sonata-no-14-moonlight-i-adagio-", "Piano Sonata No. 14 \"Moonlight\", I. Adagio sostenuto", "Ludwig van Beethoven", 360, ["melancholy", "calm"], [1,2]),
  pd("beethoven-f-r-elise", "Für Elise", "Ludwig van Beethoven", 180, ["calm"], [2,3]),
  pd("chopin-nocturne-in-e-flat-major-op-9-no-2", "Nocturne in E-flat major, Op. 9 No. 2", "Frédéric Chopin", 270, ["calm", "hopeful"], [1,2,3]),
  pd("chopin-prelude-in-d-flat-major-op-28-no-15-raind", "Prelude in D-flat major, Op. 28 No. 15 \"Raindrop\"", "Frédéric Chopin", 330, ["melancholy", "calm"], [1,2]),
  pd("chopin-prelude-in-e-minor-op-28-no-4", "Prelude in E minor, Op. 28 No. 4", "Frédéric Chopin", 130, ["melancholy"], [1,2]),
  pd("grieg-morning-mood-peer-gynt-suite-no-1", "Morning Mood (Peer Gynt Suite No. 1)", "Edvard Grieg", 230, ["hopeful", "uplifting"], [2,3,4]),
  pd("schumann-tr-umerei-kinderszenen-op-15-no-7", "Träumerei (Kinderszenen, Op. 15 No. 7)", "Robert Schumann", 170, ["calm", "sleep"], [1,2,3]),
  pd("brahms-wiegenlied-op-49-no-4", "Wiegenlied, Op. 49 No. 4", "Johannes Brahms", 120, ["sleep", "calm"], [1,2,3]),
  pd("mozart-eine-kleine-nachtmusik-i-allegro", "Eine kleine Nachtmusik, I. Allegro", "Wolfgang Amadeus Mozart", 350, ["uplifting", "energetic"], [3,4,5]),
  pd("mozart-piano-sonata-no-16-in-c-major-k-545-i-all", "Piano Sonata No. 16 in C major, K. 545, I. Allegro", "Wolfgang Amadeus Mozart", 240, ["focus", "uplifting"], [3,4]),
  pd("vivaldi-the-four-seasons-spring-i-allegro", "The Four Seasons, Spring, I. Allegro", "Antonio Vivaldi", 210, ["uplifting", "energetic"], [3,4,5]),
  pd("pachelbel-canon-in-d", "Canon in D", "Johann Pachelbel", 300, ["calm", "hopeful"], [2,3,4]),
  pd("mendelssohn-song-without-words-op-19-no-1", "Song without Words, Op. 19 No. 1", "Felix Mendelssohn", 220, ["calm", "hopeful"], [2,3]),
  pd("joplin-the-entertainer", "The Entertainer", "Scott Joplin", 240, ["playful", "uplifting"], [3,4,5]),
  pd("joplin-maple-leaf-rag", "Maple Leaf Rag", "Scott Joplin", 190, ["energetic", "playful"], [4,5]),
];
