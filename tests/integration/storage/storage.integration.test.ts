import { existsSync } from "node:fs";
import path from "node:path";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { resetConfig } from "@/lib/config";
import { getStorage } from "@/lib/storage";
import { network } from "../../setup/integration";

const BYTES = new Uint8Array([82, 73, 70, 70, 1, 2, 3]);
const SUPABASE = "https://project.supabase.co";

type Seen = { method: string; url: string; headers: Headers; body: ArrayBuffer };

function mockSupabaseStorage() {
  const seen: Seen[] = [];
  const objects = new Map<string, { body: ArrayBuffer; type: string }>();
  const record = async (request: Request) => {
    seen.push({ method: request.method, url: request.url, headers: request.headers, body: await request.clone().arrayBuffer() });
  };
  network.use(
    http.post(`${SUPABASE}/storage/v1/object/cadence/*`, async ({ request }) => {
      await record(request);
      objects.set(new URL(request.url).pathname, { body: await request.arrayBuffer(), type: request.headers.get("content-type") ?? "" });
      return HttpResponse.json({ Key: "cadence/clip", Id: "1" });
    }),
    http.head(`${SUPABASE}/storage/v1/object/cadence/*`, async ({ request }) => {
      await record(request);
      return new HttpResponse(null, { status: objects.has(new URL(request.url).pathname) ? 200 : 400 });
    }),
    http.get(`${SUPABASE}/storage/v1/object/cadence/*`, async ({ request }) => {
      await record(request);
      const found = objects.get(new URL(request.url).pathname);
      if (!found) return HttpResponse.json({ statusCode: "404", error: "not_found" }, { status: 400 });
      return new HttpResponse(found.body, { headers: { "content-type": found.type } });
    }),
    http.delete(`${SUPABASE}/storage/v1/object/cadence`, async ({ request }) => {
      await record(request);
      const { prefixes } = (await request.json()) as { prefixes: string[] };
      for (const key of prefixes) objects.delete(`/storage/v1/object/cadence/${key}`);
      return HttpResponse.json([]);
    }),
  );
  return seen;
}

describe("getStorage", () => {
  it("stores files under DATA_DIR/storage by default, with their content type", async () => {
    const storage = getStorage();
    expect(storage.name).toBe("local");
    await storage.put("clips/u1/a.wav", BYTES, "audio/wav");
    expect(existsSync(path.resolve(process.env.DATA_DIR as string, "storage/clips/u1/a.wav"))).toBe(true);
    expect(await storage.exists("clips/u1/a.wav")).toBe(true);
    expect(await storage.get("clips/u1/a.wav")).toEqual({ body: BYTES, contentType: "audio/wav" });
    await storage.delete("clips/u1/a.wav");
    await storage.delete("clips/u1/a.wav");
    expect(await storage.exists("clips/u1/a.wav")).toBe(false);
    expect(await storage.get("clips/u1/a.wav")).toBeNull();
  });

  it("refuses keys that would leave the storage folder", async () => {
    await expect(getStorage().put("../escape.wav", BYTES, "audio/wav")).rejects.toThrow("Invalid storage key");
    await expect(getStorage().get("/etc/passwd")).rejects.toThrow("Invalid storage key");
  });

  it("talks to Supabase Storage's REST API with the service key when configured", async () => {
    vi.stubEnv("SUPABASE_URL", SUPABASE);
    vi.stubEnv("SUPABASE_SERVICE_ROLE_KEY", "service-key");
    resetConfig();
    const seen = mockSupabaseStorage();
    const storage = getStorage();
    expect(storage.name).toBe("supabase");

    await storage.put("clips/u1/a-b.webm", BYTES, "audio/webm");
    const upload = seen[0] as Seen;
    expect(upload.method).toBe("POST");
    expect(upload.url).toBe(`${SUPABASE}/storage/v1/object/cadence/clips/u1/a-b.webm`);
    expect(upload.headers.get("authorization")).toBe("Bearer service-key");
    expect(upload.headers.get("apikey")).toBe("service-key");
    expect(upload.headers.get("x-upsert")).toBe("true");
    expect(upload.headers.get("content-type")).toBe("audio/webm");
    expect(new Uint8Array(upload.body)).toEqual(BYTES);

    expect(await storage.exists("clips/u1/a-b.webm")).toBe(true);
    expect(await storage.get("clips/u1/a-b.webm")).toEqual({ body: BYTES, contentType: "audio/webm" });
    await storage.delete("clips/u1/a-b.webm");
    const removal = seen.at(-1) as Seen;
    expect(removal.method).toBe("DELETE");
    expect(JSON.parse(new TextDecoder().decode(removal.body))).toEqual({ prefixes: ["clips/u1/a-b.webm"] });
    expect(await storage.exists("clips/u1/a-b.webm")).toBe(false);
    expect(await storage.get("clips/u1/a-b.webm")).toBeNull();
  });

  it("reports a failed Supabase upload as an error, not as stored", async () => {
    vi.stubEnv("SUPABASE_URL", SUPABASE);
    vi.stubEnv("SUPABASE_SERVICE_ROLE_KEY", "service-key");
    resetConfig();
    network.use(http.post(`${SUPABASE}/storage/v1/object/cadence/*`, () => HttpResponse.json({}, { status: 500 })));
    await expect(getStorage().put("clips/x.wav", BYTES, "audio/wav")).rejects.toThrow("HTTP 500");
  });
});
