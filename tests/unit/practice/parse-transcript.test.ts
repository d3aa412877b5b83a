import { describe, expect, it } from "vitest";
import { parseTranscript } from "@/lib/practice/import/parse-transcript";

const VTT = `WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Sam Rivera>Hi Dana, this is Sam from Brightline.</v>

00:00:04.500 --> 00:00:06.000
<v Sam Rivera>Do you have a minute?

00:00:06.500 --> 00:00:09.000
<v Dana>Honestly, the price is too high for us.

00:01:02.250 --> 00:01:05.000
<v Sam Rivera>What would it cost you to wait?
`;

const SRT = `1
00:00:01,000 --> 00:00:03,000
Sam: Hi Dana, this is Sam.

2
00:00:03,500 --> 00:00:06,000
Dana: We already use a spreadsheet.
It mostly works.

3
01:00:00,000 --> 01:00:02,000
Sam: Could we talk next Tuesday?
`;

describe("parseTranscript", () => {
  it("reads WebVTT voice tags, joins a speaker's consecutive cues into one turn, and keeps cue times", () => {
    const parsed = parseTranscript("vtt", VTT);
    expect(parsed.speakers).toEqual(["Sam Rivera", "Dana"]);
    expect(parsed.lines).toEqual([
      { speaker: "Sam Rivera", content: "Hi Dana, this is Sam from Brightline. Do you have a minute?", timestampMs: 1_000 },
      { speaker: "Dana", content: "Honestly, the price is too high for us.", timestampMs: 6_500 },
      { speaker: "Sam Rivera", content: "What would it cost you to wait?", timestampMs: 62_250 },
    ]);
    expect(parsed.timed).toBe(true);
  });

  it("reads SRT with labels in the text, continuation lines and hour-long times", () => {
    const parsed = parseTranscript("srt", SRT);
    expect(parsed.lines.map((l) => [l.speaker, l.content, l.timestampMs])).toEqual([
      ["Sam", "Hi Dana, this is Sam.", 1_000],
      ["Dana", "We already use a spreadsheet. It mostly works.", 3_500],
      ["Sam", "Could we talk next Tuesday?", 3_600_000],
    ]);
  });

  it("reads labelled plain text, with or without times, and estimates times from words when there are none", () => {
    const timed = parseTranscript("text", "[00:00:05] Sam: Hello there.\n[00:00:09] Dana: Hi.\nStill Dana talking.");
    expect(timed.lines).toEqual([
      { speaker: "Sam", content: "Hello there.", timestampMs: 5_000 },
      { speaker: "Dana", content: "Hi. Still Dana talking.", timestampMs: 9_000 },
    ]);
    const untimed = parseTranscript("text", "Rep: one two three four five\nBuyer: six");
    expect(untimed.timed).toBe(false);
    expect(untimed.lines.map((l) => l.timestampMs)).toEqual([0, 2_400]);
  });

  it("finds no lines in text without speaker labels", () => {
    expect(parseTranscript("text", "just some notes\nabout a call").lines).toEqual([]);
    expect(parseTranscript("vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nno label here\n").lines).toEqual([]);
  });
});
