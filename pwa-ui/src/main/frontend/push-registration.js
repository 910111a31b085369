// Web Push registration for the signed-in user (docs/notifications.md). PushRegistration.java calls these through
// window.ventanillaPush: state() tells whether to offer the button, subscribe() asks permission (on the user's tap)
// and returns the subscription with this browser's device id, kept in localStorage.

const DEVICE_KEY = 'ventanilla-push-device';

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

async function subscribe(vapidPublicKey) {
  if (!supported() || (await Notification.requestPermission()) !== 'granted') {
    return null;
  }
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ||
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(vapidPublicKey),
    }));
  const json = subscription.toJSON();
  return JSON.stringify({
    deviceId: deviceId(),
    label: label(),
    endpoint: json.endpoint,
    p256dh: json.keys.p256dh,
    auth: json.keys.auth,
  });
}

window.ventanillaPush = {
  state: () => (supported() ? Notification.permission : 'unsupported'),
  subscribe,
};
