/// <reference lib="webworker" />
// Ventanilla's service worker. Vaadin's default one precaches the app shell and serves the offline page; this one
// does the same, serves the app's own file and offline-copy endpoints from the offline copy when the network fails,
// and empties every cache when the user signs out, so nothing stays on a shared device; right after, it fetches its
// precache (app shell, offline page, offline modules) again, so the next person still gets the offline page.

self.__WB_DISABLE_DEV_LOGS = true;

self.importScripts('sw-runtime-resources-precache.js');
import { cacheNames, clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute, getCacheKeyForURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { PrecacheEntry } from 'workbox-precaching/_types';
import { NetworkOnly } from 'workbox-strategies';

declare var self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry>;
  __WB_DISABLE_DEV_LOGS: boolean;
  additionalManifestEntries?: Array<PrecacheEntry>;
};

declare var OFFLINE_PATH: string;

/** Tests and support staff check this to see that the served worker is Ventanilla's own. */
const VENTANILLA_SERVICE_WORKER = 'ventanilla-sw/2';

/** The offline copy the pages keep (app/offline-copy.js); this worker only reads it. */
const OFFLINE_CACHE = 'ventanilla-offline';

self.skipWaiting();
clientsClaim();

const manifestEntries: PrecacheEntry[] = self.__WB_MANIFEST || [];
const hasRootEntry = manifestEntries.findIndex((entry) => entry.url === '.') >= 0;
if (self.additionalManifestEntries?.length) {
  manifestEntries.push(...self.additionalManifestEntries.filter((entry) => entry.url !== '.' || !hasRootEntry));
}

const offlinePath = OFFLINE_PATH;
const scope = new URL(self.registration.scope);
const networkOnly = new NetworkOnly();

async function rewriteBaseHref(response: Response) {
  const html = await response.text();
  return new Response(html.replace(/<base\s+href=[^>]*>/, `<base href="${self.registration.scope}">`), response);
}

function isManifestEntryURL(url: URL) {
  return manifestEntries.some((entry) => getCacheKeyForURL(entry.url) === getCacheKeyForURL(`${url}`));
}

async function serveOfflineFallback() {
  const response = await matchPrecache(offlinePath);
  return response ? rewriteBaseHref(response) : undefined;
}

function serveFromCache(url: URL, request: Request) {
  if (url.pathname !== scope.pathname && isManifestEntryURL(url)) {
    return matchPrecache(request);
  }
  return serveOfflineFallback();
}

registerRoute(
  new NavigationRoute(async (context) => {
    if (!self.navigator.onLine) {
      const cached = await serveFromCache(context.url, context.request);
      if (cached) {
        return cached;
      }
    }
    try {
      return await networkOnly.handle(context);
    } catch (error) {
      const cached = await serveFromCache(context.url, context.request);
      if (cached) {
        return cached;
      }
      throw error;
    }
  })
);

function isDeviceRead(url: URL, request: Request) {
  const device = `${scope.pathname}device/`;
  return request.method === 'GET' && url.origin === self.location.origin
    && (url.pathname.startsWith(`${device}offline/`) || url.pathname.startsWith(`${device}files/`));
}

registerRoute(
  ({ url, request }) => isDeviceRead(url, request),
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const cached = await caches.match(request, { cacheName: OFFLINE_CACHE });
      if (cached) {
        return cached;
      }
      throw error;
    }
  }
);

precacheAndRoute(manifestEntries);

async function clearEveryCache() {
  const keys = await caches.keys();
  await Promise.all(keys.map((key) => caches.delete(key)));
}

/**
 * Fills the precache again under the keys Workbox looks them up by. The start page ('.') is left out: it is never
 * served from the precache (navigations to it go to the network) and would be fetched with the leaving user's cookie.
 * An entry that cannot be fetched now is left out; the next visit online installs it again.
 */
async function restorePrecache() {
  const cache = await caches.open(cacheNames.precache);
  await Promise.all(manifestEntries.filter((entry) => entry.url !== '.').map(async (entry) => {
    const url = new URL(entry.url, self.location.href).href;
    try {
      const response = await fetch(url, { credentials: 'omit', cache: 'reload' });
      if (response.ok) {
        await cache.put(getCacheKeyForURL(url) ?? url, response);
      }
    } catch (error) {
      // Offline at sign-out: nothing to restore now.
    }
  }));
}

async function signOut() {
  await clearEveryCache();
  await restorePrecache();
}

self.addEventListener('message', (event) => {
  if (typeof event.data !== 'object' || event.data === null || !('method' in event.data)) {
    return;
  }
  if (event.data.method === 'Ventanilla.signOut') {
    event.waitUntil(signOut());
  }
  if (event.data.method === 'Ventanilla.version' && 'id' in event.data) {
    event.source?.postMessage({ id: event.data.id, result: VENTANILLA_SERVICE_WORKER }, []);
  }
  if (event.data.method === 'Vaadin.ServiceWorker.isConnectionLost' && 'id' in event.data) {
    event.source?.postMessage({ id: event.data.id, result: !self.navigator.onLine }, []);
  }
});

/**
 * What the backend pushes (docs/notifications.md): over Web Push title, body, icon and data with the path to open;
 * over Firebase Cloud Messaging the same inside {notification: {title, body}, data}.
 */
interface VentanillaPush {
  title?: string;
  body?: string;
  icon?: string;
  notification?: { title?: string; body?: string; icon?: string };
  data?: { url?: string; [key: string]: unknown };
}

function readPush(event: PushEvent): VentanillaPush {
  try {
    return (event.data?.json() as VentanillaPush) ?? {};
  } catch (error) {
    return { body: event.data?.text() };
  }
}

self.addEventListener('push', (event) => {
  const push = readPush(event);
  event.waitUntil(
    self.registration.showNotification(push.title || push.notification?.title || 'Ventanilla', {
      body: push.body || push.notification?.body || '',
      icon: push.icon || push.notification?.icon,
      data: push.data || {},
    })
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openFromNotification(event.notification.data?.url));
});

/** Opens the notification's path inside the app: an open app window is focused and sent there, else a new one. */
async function openFromNotification(path: unknown) {
  const target = new URL(typeof path === 'string' ? path.replace(/^\/+/, '') : '', self.registration.scope);
  if (target.origin !== self.location.origin) {
    return undefined;
  }
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const appWindow = windows.find((candidate) => candidate.url.startsWith(self.registration.scope));
  if (appWindow) {
    const focused = await appWindow.focus().catch(() => appWindow);
    return focused.navigate(target.href);
  }
  return self.clients.openWindow(target.href);
}
