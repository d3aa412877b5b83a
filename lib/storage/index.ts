import "server-only";
import path from "node:path";
import { getConfig } from "../config";
import { createLocalStorage } from "./local-storage";
import { createSupabaseStorage } from "./supabase-storage";
import type { StorageBackend } from "./types";

export type { StorageBackend, StoredObject } from "./types";

const cache = globalThis as unknown as { __cadenceStorage?: { signature: string; backend: StorageBackend } };

/** Supabase Storage when SUPABASE_URL and the service-role key are set, else files in DATA_DIR/storage. */
export function getStorage(): StorageBackend {
  const { env } = getConfig();
  const supabase = env.SUPABASE_URL && env.SUPABASE_SERVICE_ROLE_KEY;
  const signature = supabase ? `supabase:${env.SUPABASE_URL}:${env.SUPABASE_STORAGE_BUCKET}` : `local:${env.DATA_DIR}`;
  if (cache.__cadenceStorage?.signature !== signature) {
    const backend =
      env.SUPABASE_URL && env.SUPABASE_SERVICE_ROLE_KEY
        ? createSupabaseStorage({ url: env.SUPABASE_URL, serviceKey: env.SUPABASE_SERVICE_ROLE_KEY, bucket: env.SUPABASE_STORAGE_BUCKET })
        : createLocalStorage(path.resolve(env.DATA_DIR, "storage"));
    cache.__cadenceStorage = { signature, backend };
  }
  return cache.__cadenceStorage.backend;
}
