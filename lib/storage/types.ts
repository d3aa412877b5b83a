// One interface for file storage (voice clips today); the backend is chosen from the environment.

export type StoredObject = { body: Uint8Array; contentType: string };

export type StorageBackend = {
  name: "local" | "supabase";
  put: (key: string, body: Uint8Array, contentType: string) => Promise<void>;
  /** The object, or null when there is none under `key`. */
  get: (key: string) => Promise<StoredObject | null>;
  /** Removes the object; removing a missing key is not an error (cleanup runs twice). */
  delete: (key: string) => Promise<void>;
  exists: (key: string) => Promise<boolean>;
};

const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]*(\/[A-Za-z0-9][A-Za-z0-9_.-]*)*$/;

/** Keys are relative paths of plain segments: no "..", no leading slash, no empty segment. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.split("/").some((segment) => segment === "." || segment === "..") || key.length > 512) {
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
  }
}
