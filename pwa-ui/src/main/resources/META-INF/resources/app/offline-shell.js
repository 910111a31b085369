// The offline shell: what offline.html shows from the device's offline copy when there is no connection. An inbox of
// the copied open turns and an item view, routed by the path the user reloaded (/turnos, /documento/{id}) or by hash
// links (#/turnos, #/documento/{id}), under a banner that says the data is from the copy and when it was taken.
// Nothing here acts: every action needs the network and the live app.
import { readFile, readSnapshot } from './offline-copy.js';

const main = document.getElementById('offline-main');
const banner = document.getElementById('offline-banner');
const owner = document.getElementById('offline-owner');
const nav = document.getElementById('offline-nav');
const objectUrls = [];

let snapshot = null;

function word(key, ...values) {
  const text = snapshot.labels[key] ?? key;
  return values.reduce((result, value, index) => result.replace(`{${index}}`, value), text);
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.filter((child) => child !== null && child !== undefined)
    .forEach((child) => node.append(child instanceof Node ? child : String(child)));
  return node;
}

function route() {
  const hash = location.hash.replace(/^#/, '');
  const path = hash || location.pathname.slice(new URL(document.baseURI).pathname.length - 1);
  const item = /^\/documento\/([A-Za-z0-9_-]+)/.exec(path);
  if (item) {
    return { name: 'item', id: item[1] };
  }
  return { name: /^\/registrar/.test(path) ? 'capture' : 'inbox' };
}

function link(hashPath) {
  return `${location.pathname}${location.search}#${hashPath}`;
}

function liveUrl(current) {
  const path = current.name === 'item' ? `documento/${current.id}` : current.name === 'capture' ? 'registrar' : 'turnos';
  return new URL(path, document.baseURI).href;
}

function formatDay(isoDate) {
  return new Intl.DateTimeFormat(snapshot.lang, { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(`${isoDate}T12:00:00Z`));
}

function formatInstant(instant, options) {
  return new Intl.DateTimeFormat(snapshot.lang, { ...options, timeZone: snapshot.timeZone }).format(new Date(instant));
}

function dayOf(instant) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: snapshot.timeZone }).format(new Date(instant));
}

function showBanner() {
  const taken = snapshot.takenAt;
  const time = formatInstant(taken, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const sameDay = dayOf(taken) === dayOf(Date.now());
  banner.textContent = sameDay
    ? word('banner', time)
    : word('banner.day', formatInstant(taken, { dateStyle: 'medium' }), time);
  banner.dataset.takenAt = taken;
  banner.hidden = false;
}

function offerLiveApp() {
  const reconnected = document.getElementById('offline-reconnected');
  reconnected.replaceChildren(word('online'), ' ',
    element('a', { href: liveUrl(route()), class: 'button' }, word('online.open')));
  reconnected.hidden = false;
}

function trafficLight(turn) {
  if (!turn.trafficLight) {
    return null;
  }
  return element('span', { class: `light light-${turn.trafficLight.toLowerCase()}` },
    element('span', { class: 'dot', 'aria-hidden': 'true' }), word(`light.${turn.trafficLight}`));
}

function senderOf(item) {
  if (!item?.sender) {
    return '—';
  }
  return item.sender.organisation ? `${item.sender.name} (${item.sender.organisation})` : item.sender.name;
}

function card(turn) {
  const item = snapshot.items[turn.correspondenceId];
  return element('li', { class: 'card', 'data-turn-id': turn.id },
    element('a', { href: link(`/documento/${turn.correspondenceId}`), class: 'card-link' },
      element('span', { class: 'folio' }, turn.folio), ' ',
      element('span', { class: 'subject' }, turn.subject)),
    element('p', { class: 'sender' }, `${word('sender')}: ${senderOf(item)}`),
    element('p', { class: 'due' }, `${word('due')}: ${formatDay(turn.dueDate)}`, ' ', trafficLight(turn)),
    element('p', { class: 'meta' }, word(`instruction.${turn.instruction}`), ' · ', word(`state.${turn.state}`),
      turn.priority === 'URGENT' ? ` · ${word('priority.URGENT')}` : null));
}

function showInbox() {
  document.title = `${word('inbox.title')} · Ventanilla`;
  const heading = element('h1', { tabindex: '-1' }, word('inbox.title'));
  const turns = snapshot.turns;
  const list = turns.length
    ? element('ul', { class: 'cards', 'aria-label': word('inbox.title') }, ...turns.map(card))
    : element('p', {}, word('inbox.empty'));
  main.replaceChildren(heading, list);
}

function field(label, value) {
  return [element('dt', {}, label), element('dd', {}, value ?? '—')];
}

async function thumbnail(page, index) {
  const label = word('item.page', index + 1);
  if (!page.thumbnail) {
    return element('li', { class: 'page processing' }, `${label}: ${word('item.processing')}`);
  }
  const blob = await readFile(page.thumbnail);
  if (!blob) {
    return element('li', { class: 'page missing' }, `${label}: ${word('item.not-stored')}`);
  }
  const url = URL.createObjectURL(blob);
  objectUrls.push(url);
  return element('li', { class: 'page' },
    element('a', { href: url, target: '_blank', rel: 'noopener', 'aria-label': label },
      element('img', { src: url, alt: label, class: 'thumbnail' })));
}

async function pdfLink(item) {
  const blob = item.pdf ? await readFile(item.pdf) : null;
  if (!blob) {
    return element('p', { class: 'pdf' }, item.hasPdf ? word('item.pdf-not-stored') : word('item.no-pdf'));
  }
  const url = URL.createObjectURL(blob);
  objectUrls.push(url);
  return element('p', { class: 'pdf' },
    element('a', { href: url, download: `${item.folio}.pdf`, class: 'button' }, word('item.pdf')));
}

function turnLine(turn) {
  return element('li', { class: 'turn' },
    element('span', { class: 'turn-unit' }, `${turn.issuerUnit.code} → ${turn.recipientUnit.code}`), ' · ',
    word(`instruction.${turn.instruction}`), ' · ', `${word('due')}: ${formatDay(turn.dueDate)}`, ' ',
    trafficLight(turn), turn.instructions ? element('span', { class: 'instructions' }, turn.instructions) : null);
}

function timelineLine(entry) {
  const when = formatInstant(entry.at, { dateStyle: 'medium', timeStyle: 'short' });
  return element('li', {}, `${when} · ${word(`timeline.${entry.type}`)} · ${entry.actor}`);
}

async function showItem(id) {
  const item = snapshot.items[id];
  const back = element('a', { href: link('/turnos'), class: 'back' }, word('item.back'));
  if (!item) {
    document.title = `${word('inbox.title')} · Ventanilla`;
    main.replaceChildren(back, element('h1', { tabindex: '-1' }, word('item.missing')));
    return;
  }
  document.title = `${item.folio} · Ventanilla`;
  const turns = snapshot.turns.filter((turn) => turn.correspondenceId === id);
  const pages = await Promise.all(item.pages.map(thumbnail));
  main.replaceChildren(back,
    element('h1', { tabindex: '-1' }, element('span', { class: 'folio' }, item.folio), ' ', item.subject),
    element('dl', { class: 'metadata' },
      ...field(word('sender'), senderOf(item)),
      ...field(word('item.received'), formatInstant(item.receivedAt, { dateStyle: 'medium', timeStyle: 'short' })),
      ...field(word('item.document-type'), item.documentType),
      ...field(word('item.unit'), item.addresseeUnit ? `${item.addresseeUnit.name} (${item.addresseeUnit.code})` : null),
      ...field(word('item.summary'), item.summary || '—')),
    element('h2', {}, word('item.turns')),
    element('ul', { class: 'turns' }, ...turns.map(turnLine)),
    element('h2', {}, word('item.pages')),
    pages.length ? element('ul', { class: 'pages' }, ...pages) : element('p', {}, word('item.no-pages')),
    await pdfLink(item),
    element('h2', {}, word('item.timeline')),
    element('ol', { class: 'timeline' }, ...item.timeline.map(timelineLine)));
}

function showCapture() {
  const capture = document.getElementById('offline-capture');
  if (!capture.childElementCount) {
    showInbox();
    return;
  }
  document.title = `${word('nav.capture')} · Ventanilla`;
  main.replaceChildren();
  capture.hidden = false;
}

async function render() {
  objectUrls.splice(0).forEach((url) => URL.revokeObjectURL(url));
  document.getElementById('offline-capture').hidden = true;
  const current = route();
  if (current.name === 'item') {
    await showItem(current.id);
  } else if (current.name === 'capture') {
    showCapture();
  } else {
    showInbox();
  }
  main.querySelector('h1')?.focus({ preventScroll: true });
  document.body.dataset.offlineView = current.name;
}

function showNavigation() {
  nav.setAttribute('aria-label', word('nav.label'));
  document.getElementById('offline-inbox-link').textContent = word('inbox.title');
  document.getElementById('offline-inbox-link').href = link('/turnos');
  document.getElementById('offline-capture-link').textContent = word('nav.capture');
  document.getElementById('offline-capture-link').href = link('/registrar');
  nav.hidden = false;
}

async function start() {
  snapshot = await readSnapshot().catch(() => null);
  if (!snapshot) {
    document.body.dataset.offlineView = 'none';
    document.querySelectorAll('.offline-no-copy').forEach((line) => { line.hidden = false; });
    return;
  }
  document.documentElement.lang = snapshot.lang;
  owner.textContent = word('owner', snapshot.user.fullName, snapshot.user.unit);
  showBanner();
  showNavigation();
  window.addEventListener('hashchange', render);
  window.addEventListener('online', offerLiveApp);
  if (navigator.onLine) {
    offerLiveApp();
  }
  await render();
}

start();
