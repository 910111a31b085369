// Push registration for the signed-in user (docs/notifications.md). PushRegistration.java calls these through
// window.ventanillaPush: state() tells whether to offer the button, subscribe(options) asks permission (on the user's
// tap, or quietly where it was granted before) and answers with this browser's device: a Web Push subscription, or a
// Firebase registration token where the backend's channel is FCM. The Firebase SDK is imported only then, so it is a
// separate chunk that other browsers never load. The device id is kept in localStorage, which sign-out empties.

const DEVICE_KEY = 'ventanilla-push-device';
const FIREBASE_APP = 'ventanilla';
const READY_TIMEOUT_MS = 20000;

function supported() {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function deviceId() {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

function label() {
  const brands = navigator.userAgentData?.brands
    ?.map((brand) => brand.brand)
    .filter((name) => !/Not.A.Brand/i.test(name));
  const browser = brands?.length ? brands[brands.length - 1] : navigator.userAgent.split(' ').pop();
  const platform = navigator.userAgentData?.platform || navigator.platform || '';
  return `${browser} ${platform}`.trim().slice(0, 100);
}

function keyBytes(base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (character) => character.charCodeAt(0));
}

function serviceWorkerReady() {
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise((resolve, reject) =>
      setTimeout(() => reject(new Error('The service worker is not active')), READY_TIMEOUT_MS)
    ),
  ]);
}

function sameKey(buffer, bytes) {
  const current = buffer ? new Uint8Array(buffer) : new Uint8Array();
  return current.length === bytes.length && current.every((byte, index) => byte === bytes[index]);
}

/** Drops a subscription made with another key (a rotated VAPID key, or Firebase's instead of ours and back). */
async function subscriptionFor(registration, key) {
  const existing = await registration.pushManager.getSubscription();
  if (existing && sameKey(existing.options?.applicationServerKey, key)) {
    return existing;
  }
  if (existing) {
    await existing.unsubscribe();
  }
  return null;
}

async function webPushTarget(registration, vapidPublicKey) {
  const key = keyBytes(vapidPublicKey);
  const subscription =
    (await subscriptionFor(registration, key)) ||
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }));
  const json = subscription.toJSON();
  return { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth };
}

async function firebaseTarget(registration, firebase) {
  await subscriptionFor(registration, keyBytes(firebase.vapidKey));
  const [{ getApps, initializeApp }, { getMessaging, getToken }] = await Promise.all([
    import('firebase/app'),
    import('firebase/messaging'),
  ]);
  const app =
    getApps().find((candidate) => candidate.name === FIREBASE_APP) ||
    initializeApp(
      {
        apiKey: firebase.apiKey,
        projectId: firebase.projectId,
        messagingSenderId: firebase.messagingSenderId,
        appId: firebase.appId,
      },
      FIREBASE_APP
    );
  const fcmToken = await getToken(getMessaging(app), {
    vapidKey: firebase.vapidKey,
    serviceWorkerRegistration: registration,
  });
  return { fcmToken };
}

async function subscribe(optionsJson) {
  const options = JSON.parse(optionsJson);
  if (!supported()) {
    return JSON.stringify({ outcome: 'unsupported', permission: 'unsupported' });
  }
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    return JSON.stringify({ outcome: 'denied', permission });
  }
  try {
    const registration = await serviceWorkerReady();
    const target =
      options.channel === 'FCM'
        ? await firebaseTarget(registration, options.firebase)
        : await webPushTarget(registration, options.vapidPublicKey);
    const device = { deviceId: deviceId(), label: label(), ...target };
    return JSON.stringify({ outcome: 'subscribed', permission, device });
  } catch (error) {
    console.warn('Push registration failed', error);
    return JSON.stringify({ outcome: 'failed', permission });
  }
}

window.ventanillaPush = {
  state: () => (supported() ? Notification.permission : 'unsupported'),
  subscribe,
};
