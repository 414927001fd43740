// A minimal promise wrapper over IndexedDB: one database, one object store,
// get/set/delete by key. Raw IndexedDB rather than a package: three calls do
// not justify a dependency, and every failure (no IndexedDB in this browser,
// private mode, quota, a blocked upgrade) must become a rejected promise the
// autosaver can report, never an exception thrown at the page.

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

const DB = 'coalesce';
const STORE = 'autosave';
/** An open that neither succeeds nor fails (blocked by another tab) is given up after this. */
const OPEN_TIMEOUT_MS = 3000;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

export function indexedDbStore(name = DB): KeyValueStore {
  let dbP: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> =>
    (dbP ??= new Promise<IDBDatabase>((resolve, reject) => {
      const idb = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
      if (!idb) return reject(new Error('this browser offers no IndexedDB'));
      const timer = setTimeout(() => reject(new Error('IndexedDB did not open (blocked)')), OPEN_TIMEOUT_MS);
      let r: IDBOpenDBRequest;
      try {
        r = idb.open(name, 1);
      } catch (e) {
        clearTimeout(timer);
        return reject(e instanceof Error ? e : new Error(String(e)));
      }
      r.onupgradeneeded = () => r.result.createObjectStore(STORE);
      r.onsuccess = () => {
        clearTimeout(timer);
        const db = r.result;
        // Another tab upgrading the schema: let it, and reopen next time.
        db.onversionchange = () => {
          db.close();
          dbP = undefined;
        };
        resolve(db);
      };
      r.onerror = () => {
        clearTimeout(timer);
        reject(r.error ?? new Error('IndexedDB did not open'));
      };
    })).catch((e) => {
      dbP = undefined;
      throw e;
    });

  const tx = async <T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const db = await open();
    const t = db.transaction(STORE, mode);
    const result = request(fn(t.objectStore(STORE)));
    // A write counts as saved only once its transaction has committed.
    await new Promise<void>((resolve, reject) => {
      t.oncomplete = () => resolve();
      t.onerror = () => reject(t.error ?? new Error('IndexedDB transaction failed'));
      t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  };

  return {
    get: (key) => tx('readonly', (s) => s.get(key)),
    set: async (key, value) => {
      await tx('readwrite', (s) => s.put(value, key));
    },
    del: async (key) => {
      await tx('readwrite', (s) => s.delete(key));
    },
  };
}

/** In-memory store with the same contract (unit tests; a fallback is not offered on purpose). */
export function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    del: async (k) => void data.delete(k),
  };
}
