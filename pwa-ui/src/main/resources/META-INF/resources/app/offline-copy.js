// The offline copy on this device: the snapshot of the signed-in user's open turns (GET device/offline/snapshot) and
// the scan files it lists, all in the Cache Storage cache 'ventanilla-offline'. One user's copy at a time: a copy of
// someone else is deleted before a new one is stored. Sign-out deletes every cache, this one included.

export const OFFLINE_CACHE = 'ventanilla-offline';

const SNAPSHOT_PATH = 'device/offline/snapshot';
const PARALLEL_DOWNLOADS = 4;

let running = null;
let stopped = false;

/** The absolute URL of an app path such as 'device/offline/snapshot', against the app's base. */
export function appUrl(path) {
  return new URL(path, document.baseURI).href;
}

/** The stored snapshot, or null when this device has none. */
export async function readSnapshot() {
  if (!window.caches) {
    return null;
  }
  const cache = await caches.open(OFFLINE_CACHE);
  const stored = await cache.match(appUrl(SNAPSHOT_PATH));
  return stored ? stored.json() : null;
}

/** A stored file of the copy (a thumbnail or PDF path from the snapshot) as a Blob, or null when it is not stored. */
export async function readFile(path) {
  const cache = await caches.open(OFFLINE_CACHE);
  const stored = await cache.match(appUrl(path));
  return stored ? stored.blob() : null;
}

/**
 * Takes a new copy from the server and stores it; resolves to the snapshot, or null when none could be taken
 * (offline, signed out, stopped). Calls made while one runs share it.
 */
export function refreshCopy(language) {
  if (stopped) {
    return Promise.resolve(null);
  }
  running ??= take(language).catch(() => null).finally(() => { running = null; });
  return running;
}

/** Stops taking copies in this page (sign-out): a copy being taken is not stored. */
export function stopCopying() {
  stopped = true;
}

async function take(language) {
  const response = await fetch(appUrl(`${SNAPSHOT_PATH}?lang=${encodeURIComponent(language)}`),
    { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) {
    return null;
  }
  const snapshot = await response.json();
  await dropAnotherUsersCopy(snapshot.user.id);
  const cache = await caches.open(OFFLINE_CACHE);
  await storeFiles(cache, snapshot.files);
  if (stopped) {
    await caches.delete(OFFLINE_CACHE);
    return null;
  }
  await cache.put(appUrl(SNAPSHOT_PATH), new Response(JSON.stringify(snapshot),
    { headers: { 'Content-Type': 'application/json' } }));
  await dropUnlisted(cache, snapshot.files);
  return snapshot;
}

async function dropAnotherUsersCopy(userId) {
  const previous = await readSnapshot();
  if (previous && previous.user.id !== userId) {
    await caches.delete(OFFLINE_CACHE);
  }
}

async function storeFiles(cache, paths) {
  const queue = [...paths];
  const worker = async () => {
    while (queue.length && !stopped) {
      await storeFile(cache, queue.shift());
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
}

async function storeFile(cache, path) {
  const url = appUrl(path);
  if (await cache.match(url)) {
    return;
  }
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (response.ok) {
      await cache.put(url, response);
    }
  } catch (e) {
    // A file that cannot be fetched now is tried again with the next copy.
  }
}

async function dropUnlisted(cache, paths) {
  const kept = new Set([appUrl(SNAPSHOT_PATH), ...paths.map(appUrl)]);
  const stored = await cache.keys();
  await Promise.all(stored.filter((request) => !kept.has(request.url)).map((request) => cache.delete(request)));
}
