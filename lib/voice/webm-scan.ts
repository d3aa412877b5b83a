// A minimal EBML walk over a WebM file, for what music-metadata cannot read: the live-recorded
// WebM that MediaRecorder writes has unknown-size Segment and Cluster elements and no Duration, so
// the length comes from the last block's timestamp. Masters are entered, not skipped, which makes
// the walk linear and indifferent to unknown sizes.

const EBML_HEADER = 0x1a45dfa3;
const ENTER = new Set([EBML_HEADER, 0x18538067, 0x1549a966, 0x1654ae6b, 0xae, 0x1f43b675, 0xa0]);
const DOC_TYPE = 0x4282;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const TRACK_TYPE = 0x83;
const CLUSTER_TIMECODE = 0xe7;
const SIMPLE_BLOCK = 0xa3;
const BLOCK = 0xa1;
const AUDIO_TRACK = 2;

type Vint = { value: number; length: number; unknown: boolean };

function readVint(bytes: Uint8Array, at: number, keepMarker: boolean): Vint | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > 8 || at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === (0xff >> length);
  for (let i = 1; i < length; i++) {
    const byte = bytes[at + i] as number;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

function readUint(bytes: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + (bytes[at + i] as number);
  return value;
}

function readFloat(bytes: Uint8Array, at: number, size: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, size);
  return size === 4 ? view.getFloat32(0) : view.getFloat64(0);
}

export type WebmScan = { docType: string | null; hasAudio: boolean; durationMs: number | null; blocks: number };

export function scanWebm(bytes: Uint8Array): WebmScan | null {
  if (readUint(bytes, 0, 4) !== EBML_HEADER) return null;
  const scan: WebmScan = { docType: null, hasAudio: false, durationMs: null, blocks: 0 };
  let scale = 1_000_000;
  let declared: number | null = null;
  let cluster = 0;
  let lastTick = 0;
  for (let at = 0; at < bytes.length; ) {
    const id = readVint(bytes, at, true);
    const size = id && readVint(bytes, at + id.length, false);
    if (!id || !size) break;
    const body = at + id.length + size.length;
    if (ENTER.has(id.value)) {
      at = body;
      continue;
    }
    if (size.unknown || body + size.value > bytes.length) break;
    if (id.value === DOC_TYPE) scan.docType = new TextDecoder().decode(bytes.subarray(body, body + size.value)).replace(/\0+$/, "");
    else if (id.value === TIMECODE_SCALE) scale = readUint(bytes, body, size.value);
    else if (id.value === DURATION && (size.value === 4 || size.value === 8)) declared = readFloat(bytes, body, size.value);
    else if (id.value === TRACK_TYPE && readUint(bytes, body, size.value) === AUDIO_TRACK) scan.hasAudio = true;
    else if (id.value === CLUSTER_TIMECODE) cluster = readUint(bytes, body, size.value);
    else if (id.value === SIMPLE_BLOCK || id.value === BLOCK) {
      const track = readVint(bytes, body, false);
      if (track) {
        const raw = readUint(bytes, body + track.length, 2);
        lastTick = Math.max(lastTick, cluster + (raw > 0x7fff ? raw - 0x10000 : raw));
        scan.blocks++;
      }
    }
    at = body + size.value;
  }
  const ticks = declared ?? (scan.blocks > 0 ? lastTick : null);
  scan.durationMs = ticks === null ? null : Math.round((ticks * scale) / 1_000_000);
  return scan;
}
