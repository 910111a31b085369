// "Registrar documento": <ventanilla-capture>, a plain custom element (no build step) so that it also runs offline,
// from the Vaadin view at /registrar or from offline.html. Pages are downscaled and compressed here, the document is
// kept in the device's queue (capture-queue.js) and sent from there with a progress bar.
import * as queue from './capture-queue.js';

const LONG_EDGE = 2000;
const JPEG_QUALITY = 0.8;
const SUBJECT_MAX = 300;
const SUMMARY_MAX = 4000;
const FALLBACK = 'Abra «Registrar documento» una vez con conexión. / Open “Register document” once while online.';

function stylesheet() {
  if (document.querySelector('link[data-ventanilla-capture]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./capture.css', import.meta.url).href;
  link.dataset.ventanillaCapture = '';
  document.head.append(link);
}

function html(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.filter((child) => child !== undefined && child !== null));
  return element;
}

function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function partsIn(zone, date) {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

function localNow(zone) {
  const p = partsIn(zone, new Date());
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** "2026-03-01T10:42" on the institution's wall clock, as an instant (ISO, UTC). */
function zonedToInstant(local, zone) {
  const [day, time] = local.split('T');
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wanted = Date.UTC(year, month - 1, date, hour, minute);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const p = partsIn(zone, new Date(guess));
    guess += wanted - Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  }
  return new Date(guess).toISOString();
}

async function isPdf(file) {
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === '%PDF-';
}

/** A page ready to send: JPEG, long edge at most LONG_EDGE; PDFs untouched. Throws for anything unreadable. */
async function preparePage(file) {
  if (await isPdf(file)) {
    return { blob: file, name: file.name || 'documento.pdf', type: 'application/pdf', originalSize: file.size };
  }
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, LONG_EDGE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const blob = await encode(bitmap, width, height);
  bitmap.close();
  const keepOriginal = file.type === 'image/jpeg' && scale === 1 && file.size <= blob.size;
  const name = `${(file.name || 'pagina').replace(/\.[^.]*$/, '')}.jpg`;
  return { blob: keepOriginal ? file : blob, name, type: 'image/jpeg', originalSize: file.size, width, height };
}

async function encode(bitmap, width, height) {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  }
  const canvas = html('canvas', { width, height });
  canvas.getContext('2d').drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
}

class VentanillaCapture extends HTMLElement {
  connectedCallback() {
    if (this.started) return;
    this.started = true;
    stylesheet();
    this.pages = [];
    this.turns = [];
    this.key = crypto.randomUUID();
    this.start().catch((error) => this.replaceChildren(html('p', { role: 'alert', text: String(error) })));
  }

  disconnectedCallback() {
    this.unsubscribe?.();
  }

  t(key, ...args) {
    const pattern = this.strings[key] ?? key;
    return args.reduce((text, arg, index) => text.replaceAll(`{${index}}`, arg), pattern);
  }

  async start() {
    const given = this.getAttribute('config');
    if (given) await queue.writeMeta('config', JSON.parse(given));
    const config = await queue.readMeta('config');
    if (!config) {
      this.replaceChildren(html('p', { class: 'capture-message', text: FALLBACK }));
      return;
    }
    this.strings = config.strings;
    this.zone = config.timeZone;
    this.catalogues = await this.loadCatalogues();
    this.render();
    this.unsubscribe = queue.onChange(() => this.renderQueue());
    await this.renderQueue();
    queue.startSending();
  }

  async loadCatalogues() {
    if (navigator.onLine) {
      try {
        const response = await fetch(new URL('device/capture/catalogues', document.baseURI), { cache: 'no-store' });
        if (response.ok) {
          const catalogues = await response.json();
          await queue.writeMeta('catalogues', catalogues);
          return catalogues;
        }
      } catch (offline) {
        // Fall back to the copy kept on the device.
      }
    }
    return queue.readMeta('catalogues');
  }

  render() {
    this.message = html('div', { class: 'capture-message', role: 'status', 'aria-live': 'polite' });
    this.progress = html('progress', { class: 'capture-progress', max: '100', value: '0',
      'aria-label': this.t('capture.progress'), hidden: true });
    this.progressText = html('span', { class: 'capture-progress-text', hidden: true });
    this.result = html('div', { class: 'capture-result' });
    this.queueList = html('ul', { class: 'capture-queue-list' });
    this.queueSection = html('section', { class: 'capture-queue', 'aria-labelledby': 'capture-queue-title',
      hidden: true }, html('h3', { id: 'capture-queue-title', text: this.t('capture.queue') }), this.queueList);
    if (!this.catalogues) {
      this.replaceChildren(html('p', { class: 'capture-message', role: 'alert',
        text: this.t('capture.offline-catalogues') }), this.queueSection);
      return;
    }
    this.form = html('form', { class: 'capture-form', novalidate: true, onsubmit: (event) => this.submit(event) },
      this.pagesSection(), this.metadataSection(), this.turnsSection(),
      html('div', { class: 'capture-errors', role: 'alert' }),
      html('div', { class: 'capture-submit-row' },
        html('button', { type: 'submit', class: 'capture-submit capture-primary', text: this.t('capture.submit') }),
        this.progress, this.progressText),
      this.message, this.result);
    this.replaceChildren(this.form, this.queueSection);
    this.renderPages();
  }

  pagesSection() {
    this.camera = html('input', { type: 'file', accept: 'image/*', capture: 'environment', class: 'capture-camera',
      hidden: true, tabindex: '-1', 'aria-hidden': 'true', onchange: (event) => this.addFiles(event.target) });
    this.gallery = html('input', { type: 'file', accept: 'image/*,application/pdf', multiple: true,
      class: 'capture-gallery', hidden: true, tabindex: '-1', 'aria-hidden': 'true',
      onchange: (event) => this.addFiles(event.target) });
    this.retaker = html('input', { type: 'file', accept: 'image/*', capture: 'environment', class: 'capture-retake',
      hidden: true, tabindex: '-1', 'aria-hidden': 'true', onchange: (event) => this.replaceFile(event.target) });
    this.thumbs = html('ol', { class: 'capture-thumbs' });
    this.pagesError = html('p', { class: 'capture-field-error', id: 'capture-pages-error' });
    return html('section', { class: 'capture-pages', 'aria-labelledby': 'capture-pages-title' },
      html('h3', { id: 'capture-pages-title', text: this.t('capture.pages') }),
      html('div', { class: 'capture-actions' },
        html('button', { type: 'button', class: 'capture-take capture-primary', text: this.t('capture.take-photo'),
          onclick: () => this.camera.click() }),
        html('button', { type: 'button', class: 'capture-choose', text: this.t('capture.choose-file'),
          onclick: () => this.gallery.click() })),
      this.camera, this.gallery, this.retaker, this.thumbs, this.pagesError);
  }

  async addFiles(input) {
    const files = [...input.files];
    input.value = '';
    for (const file of files) {
      const prepared = await this.prepare(file);
      if (prepared) this.pages.push(prepared);
    }
    this.renderPages();
  }

  async replaceFile(input) {
    const file = input.files[0];
    input.value = '';
    if (!file || this.retakeIndex === undefined) return;
    const prepared = await this.prepare(file);
    if (prepared) this.pages.splice(this.retakeIndex, 1, prepared);
    this.renderPages();
  }

  async prepare(file) {
    this.pagesError.textContent = this.t('capture.processing');
    try {
      const page = await preparePage(file);
      this.pagesError.textContent = '';
      return { ...page, url: URL.createObjectURL(page.blob) };
    } catch (unreadable) {
      this.pagesError.textContent = this.t('capture.not-an-image', file.name);
      return undefined;
    }
  }

  renderPages() {
    const count = this.pages.length;
    this.thumbs.replaceChildren(...this.pages.map((page, index) => {
      const number = String(index + 1);
      const preview = page.type === 'application/pdf'
        ? html('span', { class: 'capture-pdf', text: 'PDF' })
        : html('img', { src: page.url, alt: this.t('capture.page', number) });
      const size = page.type === 'application/pdf'
        ? this.t('capture.page-pdf', sizeText(page.blob.size))
        : this.t('capture.page-size', sizeText(page.originalSize), sizeText(page.blob.size));
      return html('li', { class: 'capture-thumb', 'data-original-bytes': String(page.originalSize),
        'data-bytes': String(page.blob.size) },
        preview,
        html('div', { class: 'capture-thumb-text' },
          html('span', { class: 'capture-page-number', text: this.t('capture.page', number) }),
          html('span', { class: 'capture-page-size', text: size })),
        html('div', { class: 'capture-thumb-actions' },
          this.iconButton('↑', this.t('capture.move-up', number), index === 0, () => this.move(index, -1)),
          this.iconButton('↓', this.t('capture.move-down', number), index === count - 1, () => this.move(index, 1)),
          this.iconButton('⟳', this.t('capture.retake', number), false, () => this.retake(index)),
          this.iconButton('✕', this.t('capture.delete', number), false, () => this.deletePage(index))));
    }));
    if (count === 0) {
      this.thumbs.append(html('li', { class: 'capture-no-pages', text: this.t('capture.no-pages') }));
    }
  }

  iconButton(symbol, label, disabled, action) {
    return html('button', { type: 'button', class: 'capture-icon', 'aria-label': label, title: label, disabled,
      onclick: action }, html('span', { 'aria-hidden': 'true', text: symbol }));
  }

  move(index, step) {
    const [page] = this.pages.splice(index, 1);
    this.pages.splice(index + step, 0, page);
    this.renderPages();
  }

  retake(index) {
    this.retakeIndex = index;
    this.retaker.click();
  }

  deletePage(index) {
    const [page] = this.pages.splice(index, 1);
    URL.revokeObjectURL(page.url);
    this.renderPages();
  }

  field(name, label, control) {
    const id = `capture-${name}`;
    control.id = id;
    control.name = name;
    control.classList.add('capture-input');
    control.setAttribute('aria-describedby', `${id}-error`);
    return html('div', { class: `capture-field capture-field-${name}` },
      html('label', { for: id, text: label }), control,
      html('span', { class: 'capture-field-error', id: `${id}-error` }));
  }

  select(options, selected, placeholder) {
    const select = html('select');
    if (placeholder) select.append(html('option', { value: '', text: this.t('capture.choose') }));
    options.forEach(([value, text]) => select.append(html('option', { value, text, selected: value === selected })));
    return select;
  }

  enumSelect(prefix, values, selected) {
    return this.select(values.map((value) => [value, this.t(`${prefix}.${value}`)]), selected, false);
  }

  units() {
    return this.catalogues.addressees.map((unit) => [unit.id, `${unit.code} · ${unit.name}`]);
  }

  metadataSection() {
    const today = localNow(this.zone).slice(0, 10);
    const c = this.catalogues;
    const myUnit = c.me?.unit?.id;
    this.senderKind = this.enumSelect('capture.sender-kind', ['CITIZEN', 'ORGANISATION', 'GOVERNMENT'], 'CITIZEN');
    this.senderLevel = this.enumSelect('capture.sender-level', ['FEDERAL', 'STATE', 'MUNICIPAL'], 'STATE');
    const levelField = this.field('senderLevel', this.t('capture.sender-level'), this.senderLevel);
    levelField.hidden = true;
    this.senderKind.addEventListener('change', () => {
      levelField.hidden = this.senderKind.value !== 'GOVERNMENT';
    });
    return html('section', { class: 'capture-metadata', 'aria-labelledby': 'capture-metadata-title' },
      html('h3', { id: 'capture-metadata-title', text: this.t('capture.metadata') }),
      html('div', { class: 'capture-grid' },
        this.field('subject', this.t('capture.subject'), html('input', { type: 'text', maxlength: String(SUBJECT_MAX),
          required: true, autocomplete: 'off' })),
        this.field('direction', this.t('capture.direction'),
          this.enumSelect('capture.direction', ['INCOMING', 'OUTGOING', 'INTERNAL'], 'INCOMING')),
        this.field('documentType', this.t('capture.document-type'),
          this.select(c.documentTypes.map((type) => [type.code, type.name]), c.documentTypes[0]?.code, true)),
        this.field('archivalSeries', this.t('capture.archival-series'),
          this.select(c.archivalSeries.map((series) => [series.code, `${series.code} · ${series.name}`]),
            c.archivalSeries[0]?.code, true)),
        this.field('documentDate', this.t('capture.document-date'), html('input', { type: 'date', value: today })),
        this.field('receivedAt', this.t('capture.received-at', this.zone),
          html('input', { type: 'datetime-local', value: localNow(this.zone) })),
        this.field('addressee', this.t('capture.addressee'), this.select(this.units(), myUnit, true)),
        this.field('priority', this.t('capture.priority'),
          this.enumSelect('capture.priority', ['NORMAL', 'URGENT'], 'NORMAL')),
        this.field('confidentiality', this.t('capture.confidentiality'),
          this.enumSelect('capture.confidentiality', ['PUBLIC', 'RESERVED'], 'PUBLIC')),
        this.field('senderKind', this.t('capture.sender-kind'), this.senderKind),
        this.field('senderName', this.t('capture.sender-name'), html('input', { type: 'text', autocomplete: 'off' })),
        this.field('senderOrganisation', this.t('capture.sender-organisation'),
          html('input', { type: 'text', autocomplete: 'off' })),
        levelField,
        this.field('summary', this.t('capture.summary'), html('textarea', { rows: '3',
          maxlength: String(SUMMARY_MAX) }))));
  }

  turnsSection() {
    this.turnList = html('ol', { class: 'capture-turns' });
    return html('section', { class: 'capture-proposed', 'aria-labelledby': 'capture-turns-title' },
      html('h3', { id: 'capture-turns-title', text: this.t('capture.turns') }),
      html('p', { class: 'capture-help', text: this.t('capture.turns-help') }),
      this.turnList,
      html('button', { type: 'button', class: 'capture-add-turn', text: this.t('capture.add-turn'),
        onclick: () => this.addTurn() }));
  }

  addTurn() {
    this.turnCounter = (this.turnCounter ?? 0) + 1;
    const index = this.turnCounter;
    const number = String(this.turns.length + 1);
    const turn = {
      name: `turn${index}`,
      recipient: this.select(this.units(), '', true),
      instruction: this.enumSelect('capture.instruction', ['ATTENTION', 'KNOWLEDGE', 'SIGNATURE', 'REPORT'],
        'ATTENTION'),
      instructions: html('input', { type: 'text', autocomplete: 'off' }),
      due: html('input', { type: 'number', min: '1', max: '250', value: '5', inputmode: 'numeric' }),
    };
    turn.element = html('li', { class: 'capture-turn' },
      html('fieldset', {},
        html('legend', { text: this.t('capture.turn', number) }),
        this.field(`turn${index}Recipient`, this.t('capture.turn-recipient'), turn.recipient),
        this.field(`turn${index}Instruction`, this.t('capture.turn-instruction'), turn.instruction),
        this.field(`turn${index}Instructions`, this.t('capture.turn-instructions'), turn.instructions),
        this.field(`turn${index}Due`, this.t('capture.turn-due'), turn.due),
        html('button', { type: 'button', class: 'capture-remove-turn', text: this.t('capture.remove-turn', number),
          onclick: () => this.removeTurn(turn) })));
    this.turns.push(turn);
    this.turnList.append(turn.element);
    turn.recipient.focus();
  }

  removeTurn(turn) {
    this.turns = this.turns.filter((candidate) => candidate !== turn);
    turn.element.remove();
  }

  value(name) {
    return this.form.elements[name].value.trim();
  }

  /** The problems of the form, each { name, message }; empty when it may be sent. */
  problems() {
    const problems = [];
    const require = (name) => {
      if (!this.value(name)) problems.push({ name, message: this.t('capture.required') });
    };
    ['subject', 'documentType', 'archivalSeries', 'documentDate', 'receivedAt', 'addressee', 'senderName']
      .forEach(require);
    if (this.value('subject').length > SUBJECT_MAX) {
      problems.push({ name: 'subject', message: this.t('capture.too-long', SUBJECT_MAX) });
    }
    if (this.value('summary').length > SUMMARY_MAX) {
      problems.push({ name: 'summary', message: this.t('capture.too-long', SUMMARY_MAX) });
    }
    const received = this.value('receivedAt');
    if (received && Date.parse(zonedToInstant(received, this.zone)) > Date.now() + 5 * 60_000) {
      problems.push({ name: 'receivedAt', message: this.t('capture.received-future') });
    }
    const documentDate = this.value('documentDate');
    if (received && documentDate && documentDate > received.slice(0, 10)) {
      problems.push({ name: 'documentDate', message: this.t('capture.document-date-after') });
    }
    this.turns.forEach((turn) => {
      if (!turn.recipient.value) problems.push({ name: `${turn.name}Recipient`, message: this.t('capture.required') });
      const due = Number(turn.due.value);
      if (!Number.isInteger(due) || due < 1 || due > 250) {
        problems.push({ name: `${turn.name}Due`, message: this.t('capture.due-range') });
      }
    });
    return problems;
  }

  showProblems(problems) {
    this.form.querySelectorAll('.capture-field-error').forEach((span) => {
      span.textContent = '';
    });
    this.form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
    problems.forEach(({ name, message }) => {
      const control = this.form.querySelector(`#capture-${name}`);
      control?.setAttribute('aria-invalid', 'true');
      const span = this.form.querySelector(`#capture-${name}-error`);
      if (span) span.textContent = message;
    });
    if (this.pages.length === 0) this.pagesError.textContent = this.t('capture.pages-required');
    const invalid = problems.length > 0 || this.pages.length === 0;
    this.form.querySelector('.capture-errors').textContent = invalid ? this.t('capture.invalid') : '';
    if (problems.length) this.form.querySelector(`#capture-${problems[0].name}`)?.focus();
    return !invalid;
  }

  input() {
    const optional = (name) => this.value(name) || undefined;
    const kind = this.value('senderKind');
    return {
      direction: this.value('direction'),
      documentType: this.value('documentType'),
      documentDate: this.value('documentDate'),
      receivedAt: zonedToInstant(this.value('receivedAt'), this.zone),
      sender: {
        kind,
        name: this.value('senderName'),
        organisation: optional('senderOrganisation'),
        level: kind === 'GOVERNMENT' ? this.value('senderLevel') : undefined,
      },
      addresseeUnitId: this.value('addressee'),
      subject: this.value('subject'),
      summary: optional('summary'),
      priority: this.value('priority'),
      confidentiality: this.value('confidentiality'),
      archivalSeries: this.value('archivalSeries'),
      proposedTurns: this.turns.length ? this.turns.map((turn) => ({
        recipientUnitId: turn.recipient.value,
        instruction: turn.instruction.value,
        instructions: turn.instructions.value.trim() || undefined,
        dueInBusinessDays: Number(turn.due.value),
      })) : undefined,
      idempotencyKey: this.key,
    };
  }

  async submit(event) {
    event.preventDefault();
    if (this.sending || !this.showProblems(this.problems())) return;
    this.sending = true;
    this.form.querySelector('.capture-submit').disabled = true;
    this.result.replaceChildren();
    const key = this.key;
    const pages = this.pages.map(({ blob, name, type }) => ({ blob, name, type }));
    await queue.enqueue(key, this.input(), pages);
    this.showProgress(0);
    const outcome = await queue.sendNow(key, (share) => this.showProgress(share));
    this.sending = false;
    this.form.querySelector('.capture-submit').disabled = false;
    if (outcome?.status === 'registered') {
      this.showProgress(1);
      await queue.remove(key);
      this.showRegistered(outcome);
      this.reset();
    } else if (outcome?.status === 'failed') {
      await queue.remove(key);
      this.hideProgress();
      this.key = crypto.randomUUID();
      this.showRefusal(outcome);
    } else {
      this.hideProgress();
      this.message.textContent = this.t('capture.queued');
      this.reset();
    }
  }

  showProgress(share) {
    const percent = String(Math.round(share * 100));
    this.progress.hidden = false;
    this.progressText.hidden = false;
    this.progress.value = Number(percent);
    this.progressText.textContent = this.t('capture.uploading', percent);
  }

  hideProgress() {
    this.progress.hidden = true;
    this.progressText.hidden = true;
  }

  showRefusal(outcome) {
    const reason = this.strings[`error.${outcome.error}`] ?? this.t('error.UNKNOWN');
    this.form.querySelector('.capture-errors').textContent = outcome.error === 'BAD_USER_INPUT'
      ? this.t('capture.refused', outcome.message) : reason;
  }

  showRegistered(item) {
    this.message.textContent = '';
    const receipt = new URL(`device/capture/receipt/${encodeURIComponent(item.id)}`, document.baseURI).href;
    const share = navigator.canShare && navigator.share
      ? html('button', { type: 'button', class: 'capture-share', text: this.t('capture.receipt-share'),
        onclick: () => this.share(receipt, item.folio) })
      : undefined;
    this.result.replaceChildren(
      html('p', { class: 'capture-folio', role: 'status', text: this.t('capture.registered', item.folio) }),
      html('div', { class: 'capture-actions' },
        html('a', { class: 'capture-receipt capture-primary', href: receipt, download: `acuse-${item.folio}.pdf`,
          text: this.t('capture.receipt-download') }),
        share));
  }

  async share(receipt, folio) {
    const blob = await (await fetch(receipt)).blob();
    const file = new File([blob], `acuse-${folio}.pdf`, { type: 'application/pdf' });
    if (navigator.canShare({ files: [file] })) {
      await navigator.share({ files: [file], title: folio }).catch(() => undefined);
    }
  }

  reset() {
    this.pages.forEach((page) => URL.revokeObjectURL(page.url));
    this.pages = [];
    this.turns.forEach((turn) => turn.element.remove());
    this.turns = [];
    ['subject', 'summary', 'senderName', 'senderOrganisation'].forEach((name) => {
      this.form.elements[name].value = '';
    });
    this.form.elements.receivedAt.value = localNow(this.zone);
    this.key = crypto.randomUUID();
    this.renderPages();
  }

  async renderQueue() {
    if (!this.queueList) return;
    const entries = await queue.drafts();
    this.queueSection.hidden = entries.length === 0;
    this.queueList.replaceChildren(...entries.map((entry) => this.queueItem(entry)));
  }

  queueItem(entry) {
    const status = {
      pending: () => this.t('capture.status.pending'),
      sending: () => this.t('capture.status.sending'),
      registered: () => this.t('capture.status.registered', entry.folio),
      failed: () => this.t('capture.status.failed', this.strings[`error.${entry.error}`] ?? entry.message ?? ''),
    }[entry.status]();
    const actions = [];
    if (entry.status === 'failed') {
      actions.push(html('button', { type: 'button', class: 'capture-retry', text: this.t('capture.retry'),
        'aria-label': `${this.t('capture.retry')}: ${entry.subject}`, onclick: () => queue.retry(entry.key) }));
    }
    if (entry.status === 'failed' || entry.status === 'registered') {
      actions.push(html('button', { type: 'button', class: 'capture-remove', text: this.t('capture.remove'),
        'aria-label': `${this.t('capture.remove')}: ${entry.subject}`, onclick: () => queue.remove(entry.key) }));
    }
    return html('li', { class: `capture-queue-item capture-status-${entry.status}`, 'data-key': entry.key },
      html('span', { class: 'capture-queue-subject', text: entry.subject }),
      html('span', { class: 'capture-queue-status', text: status }),
      ...actions);
  }
}

if (!customElements.get('ventanilla-capture')) {
  customElements.define('ventanilla-capture', VentanillaCapture);
}

export { preparePage, zonedToInstant };
