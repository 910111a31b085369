// The device's queue of captured documents (IndexedDB database "ventanilla-capture"), sent exactly once.
//
// Store "drafts" (key: the idempotency key): { key, subject, input, pages: [{ blob, name, type }], status, folio, id,
//   error, createdAt }; status is "pending" (waiting for the network), "sending", "registered" (pages dropped, folio
//   kept so the officer sees it) or "failed" (the server refused; retry or remove).
// Store "meta" (key: name): { name: "config" | "catalogues", value } so the screen opens offline.
//
// Exactly once: the idempotency key is made when the capture starts and travels with the draft, so the backend answers
// a repeated registration with the first item; a draft leaves "pending"/"sending" only on the server's answer; and
// every send happens inside one Web Lock shared by all tabs, which re-reads the draft's status before sending.

const DB_NAME = 'ventanilla-capture';
const LOCK = 'ventanilla-capture-queue';
const RETRY_EVERY_MS = 30_000;
const listeners = new Set();
let opened;

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function database() {
  if (!opened) {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('drafts', { keyPath: 'key' });
      req.result.createObjectStore('meta', { keyPath: 'name' });
    };
    opened = request(req).then((db) => {
      db.onversionchange = () => {
        db.close();
        opened = undefined;
      };
      return db;
    });
  }
  return opened;
}

async function store(name, mode) {
  return (await database()).transaction(name, mode).objectStore(name);
}

export async function readMeta(name) {
  const entry = await request((await store('meta', 'readonly')).get(name));
  return entry ? entry.value : undefined;
}

export async function writeMeta(name, value) {
  await request((await store('meta', 'readwrite')).put({ name, value }));
}

export async function drafts() {
  const all = await request((await store('drafts', 'readonly')).getAll());
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

async function draft(key) {
  return request((await store('drafts', 'readonly')).get(key));
}

async function save(entry) {
  await request((await store('drafts', 'readwrite')).put(entry));
  listeners.forEach((listener) => listener(entry));
}

export async function remove(key) {
  await request((await store('drafts', 'readwrite')).delete(key));
  listeners.forEach((listener) => listener({ key, removed: true }));
}

/** Keeps a captured document on the device as "pending" until it is sent. */
export async function enqueue(key, input, pages) {
  await save({ key, subject: input.subject, input, pages, status: 'pending', createdAt: Date.now() });
}

/** Calls back with each draft that changes (or { key, removed: true }). */
export function onChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function withLock(task) {
  return navigator.locks ? navigator.locks.request(LOCK, task) : task();
}

function endpoint(path) {
  return new URL(`device/capture/${path}`, document.baseURI).href;
}

/** The outcome of one upload: { ok, id, folio } | { offline } | { code, message }. */
function upload(entry, onProgress) {
  return new Promise((resolve) => {
    const body = new FormData();
    body.append('input', JSON.stringify(entry.input));
    entry.pages.forEach((page) => body.append('page', page.blob, page.name));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint('register'));
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const answer = xhr.response || {};
      if (xhr.status === 200 && answer.folio) {
        onProgress(1);
        resolve({ ok: true, id: answer.id, folio: answer.folio });
      } else if (xhr.status === 0 || xhr.status === 502 || xhr.status === 503 || xhr.status === 504) {
        resolve({ offline: true });
      } else {
        resolve({ code: answer.code || 'UNKNOWN', message: answer.message || `HTTP ${xhr.status}` });
      }
    };
    xhr.onerror = xhr.ontimeout = xhr.onabort = () => resolve({ offline: true });
    xhr.send(body);
  });
}

async function send(key, onProgress) {
  const entry = await draft(key);
  if (!entry || (entry.status !== 'pending' && entry.status !== 'sending')) {
    return entry;
  }
  if (!navigator.onLine) {
    return entry;
  }
  await save({ ...entry, status: 'sending' });
  const outcome = await upload(entry, onProgress);
  if (outcome.ok) {
    const done = { ...entry, pages: [], status: 'registered', id: outcome.id, folio: outcome.folio };
    await save(done);
    return done;
  }
  if (outcome.offline) {
    const waiting = { ...entry, status: 'pending' };
    await save(waiting);
    return waiting;
  }
  const failed = { ...entry, status: 'failed', error: outcome.code, message: outcome.message };
  await save(failed);
  return failed;
}

/**
 * Sends one draft now (inside the queue's lock), reporting upload progress; resolves with the draft as it ends up:
 * "registered", "pending" (no network) or "failed".
 */
export function sendNow(key, onProgress = () => {}) {
  return withLock(() => send(key, onProgress));
}

/** Sends every pending draft, one at a time; does nothing offline. */
export function flush() {
  if (!navigator.onLine) {
    return Promise.resolve();
  }
  return withLock(async () => {
    for (const entry of await drafts()) {
      if (entry.status === 'pending' || entry.status === 'sending') {
        await send(entry.key, () => {});
      }
    }
  });
}

/** Puts a failed draft back in the queue and sends it. */
export async function retry(key) {
  const entry = await draft(key);
  if (entry && entry.status === 'failed') {
    await save({ ...entry, status: 'pending', error: undefined, message: undefined });
  }
  return flush();
}

let started = false;

/** Sends what is pending now, whenever the connection returns, and every half minute. */
export function startSending() {
  if (started) return;
  started = true;
  window.addEventListener('online', () => flush());
  setInterval(() => flush(), RETRY_EVERY_MS);
  flush();
}
