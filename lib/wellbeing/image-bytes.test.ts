import { describe, expect, it } from "vitest";
import { sniffImageType, stripImageMetadata } from "./image-bytes";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle));

// A JPEG with JFIF, an EXIF segment holding a GPS note, a quantisation table and the scan data.
const exifPayload = "Exif\0\0GPS 51.5N 0.1W";
const jpeg = bytes(
  [0xff, 0xd8],
  [0xff, 0xe0, 0x00, 0x07], "JFIF\0",
  [0xff, 0xe1, 0x00, exifPayload.length + 2], exifPayload,
  [0xff, 0xdb, 0x00, 0x04, 0x01, 0x02],
  [0xff, 0xda, 0x00, 0x04, 0x09, 0x09, 0x55, 0x66, 0xff, 0xd9],
);

function pngChunk(type: string, data: string): number[] {
  const length = [0, 0, 0, data.length];
  return [...length, ...[...type, ...data].map((c) => c.charCodeAt(0)), 0, 0, 0, 0];
}

const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pngChunk("IHDR", "1234567890123"), pngChunk("tEXt", "GPS here"), pngChunk("eXIf", "camera"), pngChunk("IDAT", "pixels"), pngChunk("IEND", ""));

describe("image bytes", () => {
  it("knows JPEG, PNG and WebP from their bytes, and nothing else", () => {
    expect(sniffImageType(jpeg)).toBe("image/jpeg");
    expect(sniffImageType(png)).toBe("image/png");
    expect(sniffImageType(bytes("RIFF", [4, 0, 0, 0], "WEBP"))).toBe("image/webp");
    expect(sniffImageType(bytes("GIF89a"))).toBeNull();
    expect(sniffImageType(bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffImageType(bytes("%PDF-1.7"))).toBeNull();
  });

  it("strips a JPEG's EXIF segment and keeps everything else byte for byte", () => {
    const clean = stripImageMetadata(jpeg, "image/jpeg");
    expect(contains(clean, "GPS")).toBe(false);
    expect(contains(clean, "JFIF")).toBe(true);
    expect(clean.length).toBe(jpeg.length - (exifPayload.length + 4));
    expect([...clean.subarray(-10)]).toEqual([0xff, 0xda, 0x00, 0x04, 0x09, 0x09, 0x55, 0x66, 0xff, 0xd9]);
  });

  it("strips a PNG's text and eXIf chunks and keeps the image chunks", () => {
    const clean = stripImageMetadata(png, "image/png");
    expect(contains(clean, "GPS")).toBe(false);
    expect(contains(clean, "camera")).toBe(false);
    expect(contains(clean, "IHDR")).toBe(true);
    expect(contains(clean, "pixels")).toBe(true);
  });

  it("strips a WebP's EXIF chunk and fixes the RIFF size", () => {
    const webp = bytes("RIFF", [0, 0, 0, 0], "WEBP", "VP8X", [10, 0, 0, 0], [0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0], "EXIF", [4, 0, 0, 0], "GPS!", "VP8 ", [2, 0, 0, 0], "px");
    const clean = stripImageMetadata(webp, "image/webp");
    expect(contains(clean, "GPS")).toBe(false);
    expect(new DataView(clean.buffer).getUint32(4, true)).toBe(clean.length - 8);
    expect(clean[20]! & 0x08).toBe(0);
  });
});
