// Reads a real call's transcript — WebVTT, SRT, or plain text with "Name: words" lines — into
// speaker-labelled lines with times. Plain text without times gets them from the words (150 per
// minute), so pace stays "not measured" for it.

export const transcriptFormats = ["vtt", "srt", "text"] as const;
export type TranscriptFormat = (typeof transcriptFormats)[number];

export type ParsedLine = { speaker: string; content: string; timestampMs: number };
export type ParsedTranscript = { lines: ParsedLine[]; speakers: string[]; timed: boolean };

const CUE_TIME = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s*-->/;
const TEXT_TIME = /^\[?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\]?\s+/;
const LABEL = /^([\p{L}][\p{L}\p{N} .'’-]{0,39}?)\s*:\s+(.+)$/u;
const VOICE = /^<v(?:\.[^ >]+)?\s+([^>]{1,40})>(.*?)(?:<\/v>)?$/;
const MS_PER_WORD = 400;

const toMs = (h: string | undefined, m: string, s: string, frac = "0") => ((Number(h ?? 0) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(frac.padEnd(3, "0"));
const stripTags = (text: string) => text.replace(/<[^>]+>/g, "").trim();

function push(lines: ParsedLine[], speaker: string, content: string, timestampMs: number) {
  const text = stripTags(content);
  if (!text) return;
  const last = lines.at(-1);
  // Subtitles split one turn across cues; a turn is everything a speaker says until the other speaks.
  if (last && last.speaker === speaker) last.content = `${last.content} ${text}`;
  else lines.push({ speaker: speaker.trim(), content: text, timestampMs });
}

function labelled(text: string): { speaker: string; content: string } | null {
  const voice = VOICE.exec(text);
  if (voice) return { speaker: voice[1]!.trim(), content: voice[2] ?? "" };
  const label = LABEL.exec(text);
  return label ? { speaker: label[1]!, content: label[2]! } : null;
}

function parseCues(content: string): ParsedLine[] {
  const lines: ParsedLine[] = [];
  let cueMs: number | null = null;
  let speaker: string | null = null;
  for (const raw of content.split(/\r?\n/)) {
    const row = raw.trim();
    const time = CUE_TIME.exec(row);
    if (time) {
      cueMs = toMs(time[1], time[2]!, time[3]!, time[4]);
      continue;
    }
    if (!row) {
      cueMs = null;
      continue;
    }
    if (cueMs === null) continue;
    const said = labelled(row);
    if (said) speaker = said.speaker;
    if (speaker) push(lines, speaker, said ? said.content : row, cueMs);
  }
  return lines;
}

function parseText(content: string): { lines: ParsedLine[]; timed: boolean } {
  const lines: ParsedLine[] = [];
  let timed = false;
  let clockMs = 0;
  for (const raw of content.split(/\r?\n/)) {
    let row = raw.trim();
    if (!row) continue;
    const time = TEXT_TIME.exec(row);
    if (time) {
      timed = true;
      clockMs = toMs(time[1], time[2]!, time[3]!);
      row = row.slice(time[0].length);
    }
    const said = labelled(row);
    const last = lines.at(-1);
    if (said) push(lines, said.speaker, said.content, clockMs);
    else if (last) last.content = `${last.content} ${row}`;
    if (!time) clockMs += row.split(/\s+/).length * MS_PER_WORD;
  }
  return { lines, timed };
}

export function parseTranscript(format: TranscriptFormat, content: string): ParsedTranscript {
  const { lines, timed } = format === "text" ? parseText(content) : { lines: parseCues(content), timed: true };
  const speakers = [...new Set(lines.map((line) => line.speaker))];
  return { lines, speakers, timed };
}
