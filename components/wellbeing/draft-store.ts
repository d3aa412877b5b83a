// Journal drafts in IndexedDB, written on every change, so a reload, a crash or going offline loses
// no keystrokes. A draft is "dirty" until the server has acknowledged that exact text. Each write
// also leaves a synchronous copy in sessionStorage: a reload in the milliseconds before the
// IndexedDB write commits finds the latest text there.

export type EntryDraft = {
  key: string;
  title: string;
  content: string;
  mood: number | null;
  tags: string[];
  visibility: "private" | "shared";
  dirty: boolean;
  updatedAt: number;
};

const DB_NAME = "cadence-wellbeing";
const STORE = "drafts";

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const request = work(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The draft key of an entry: its id once it has one, "new" before the first save. */
export const draftKey = (entryId: string | null) => `entry:${entryId ?? "new"}`;

const copyKey = (key: string) => `cadence-draft:${key}`;

function readCopy(key: string): EntryDraft | undefined {
  try {
    const copy = sessionStorage.getItem(copyKey(key));
    return copy ? (JSON.parse(copy) as EntryDraft) : undefined;
  } catch {
    return undefined;
  }
}

function writeCopy(draft: EntryDraft) {
  try {
    sessionStorage.setItem(copyKey(draft.key), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: IndexedDB still has the draft.
  }
}

/** The newest of the IndexedDB draft and the session copy. */
export async function readDraft(key: string): Promise<EntryDraft | undefined> {
  const stored = await run("readonly", (store) => store.get(key) as IDBRequest<EntryDraft | undefined>).catch(() => undefined);
  const copy = readCopy(key);
  if (!stored || !copy) return stored ?? copy;
  return copy.updatedAt >= stored.updatedAt ? copy : stored;
}

export async function writeDraft(draft: EntryDraft): Promise<void> {
  writeCopy(draft);
  await run("readwrite", (store) => store.put(draft));
}

export async function deleteDraft(key: string): Promise<void> {
  sessionStorage.removeItem(copyKey(key));
  await run("readwrite", (store) => store.delete(key));
}
