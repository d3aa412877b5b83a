import "server-only";
import { assertStorageKey, type StorageBackend } from "./types";

// Supabase Storage over its REST API (the calls @supabase/storage-js makes): POST
// /storage/v1/object/{bucket}/{key} to upload (x-upsert), GET the same path to download, HEAD to
// test, DELETE /storage/v1/object/{bucket} with { prefixes } to remove. The service-role key goes
// in both `apikey` and `Authorization`; the bucket is private and must exist.

export type SupabaseStorageOptions = { url: string; serviceKey: string; bucket: string; fetch?: typeof fetch };

export class StorageRequestError extends Error {
  constructor(
    public readonly status: number,
    action: string,
  ) {
    super(`Supabase Storage ${action} failed with HTTP ${status}`);
    this.name = "StorageRequestError";
  }
}

const encodeKey = (key: string) => key.split("/").map(encodeURIComponent).join("/");

export function createSupabaseStorage({ url, serviceKey, bucket, fetch: doFetch = fetch }: SupabaseStorageOptions): StorageBackend {
  const base = `${url.replace(/\/+$/, "")}/storage/v1/object`;
  const auth = { apikey: serviceKey, authorization: `Bearer ${serviceKey}` };
  const objectUrl = (key: string) => {
    assertStorageKey(key);
    return `${base}/${encodeURIComponent(bucket)}/${encodeKey(key)}`;
  };
  return {
    name: "supabase",
    async put(key, body, contentType) {
      const response = await doFetch(objectUrl(key), {
        method: "POST",
        headers: { ...auth, "content-type": contentType, "x-upsert": "true", "cache-control": "max-age=0" },
        body: new Blob([body as BlobPart], { type: contentType }),
      });
      if (!response.ok) throw new StorageRequestError(response.status, "upload");
    },
    async get(key) {
      const response = await doFetch(objectUrl(key), { headers: auth });
      if (response.status === 404 || response.status === 400) return null;
      if (!response.ok) throw new StorageRequestError(response.status, "download");
      const contentType = response.headers.get("content-type") ?? "application/octet-stream";
      return { body: new Uint8Array(await response.arrayBuffer()), contentType };
    },
    async delete(key) {
      assertStorageKey(key);
      const response = await doFetch(`${base}/${encodeURIComponent(bucket)}`, {
        method: "DELETE",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ prefixes: [key] }),
      });
      if (!response.ok && response.status !== 404) throw new StorageRequestError(response.status, "delete");
    },
    async exists(key) {
      const response = await doFetch(objectUrl(key), { method: "HEAD", headers: auth });
      if (response.ok) return true;
      if (response.status === 404 || response.status === 400) return false;
      throw new StorageRequestError(response.status, "lookup");
    },
  };
}
