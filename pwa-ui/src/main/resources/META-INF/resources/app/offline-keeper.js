// Keeps the offline copy fresh while a signed-in page of the live app is open: right away, every few minutes, and
// when the connection returns. Marks <html data-offline-ready="<takenAt>"> once a copy is stored.
import { refreshCopy, stopCopying } from './offline-copy.js';

const EVERY_MS = 5 * 60 * 1000;

let timer = null;
let language = 'es-MX';

async function refresh() {
  const snapshot = await refreshCopy(language);
  if (snapshot) {
    document.documentElement.dataset.offlineReady = snapshot.takenAt;
  }
}

/** Starts keeping the copy in {@code lang} (the user's language); calling it again only changes the language. */
export function keepOfflineCopy(lang) {
  language = lang || language;
  if (timer !== null) {
    return;
  }
  timer = setInterval(refresh, EVERY_MS);
  window.addEventListener('online', refresh);
  refresh();
}

/** Stops keeping the copy (sign-out). */
export function stopKeeping() {
  stopCopying();
  clearInterval(timer);
  window.removeEventListener('online', refresh);
}

window.ventanillaOffline = { stop: stopKeeping };
