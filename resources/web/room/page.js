// The group page of Plenum's room server (app/share/server.py). Plain JS, no framework.
// User text only ever goes in through textContent and input values, never as HTML.
'use strict';

const WORDS = {
  nb: {
    group: 'Gruppe', view: 'Visning', task: 'OPPGAVE %1 av %2', all: 'alle', hide: 'skjul',
    now: 'nå', timeLeft: 'TID IGJEN', overTime: 'OVER TIDEN', ownTime: 'GRUPPENS TID – TID IGJEN',
    paused: 'pause', endsAt: 'slutt kl. %1', until: 'til %1', groupWork: 'GRUPPEARBEID',
    finished: 'Ferdig', endedAt: 'avsluttet kl. %1',
    notes: 'Notater til oppgave %1', saved: 'lagret %1', saving: 'lagrer …',
    unsent: 'ikke sendt ennå – tas vare på i nettleseren', conflict: 'slått sammen med en annens tekst',
    followUps: 'Oppfølgingspunkter (%1)', add: 'Legg til', remove: 'Fjern', newPoint: 'Nytt punkt',
    done: 'Vi er ferdige', undone: 'Ferdig ✓ – trykk for å angre', bare: 'Bare tid',
    offline: 'frakoblet – teksten lagres i nettleseren', noTasks: 'Ingen oppgaver ennå',
    refused: 'Denne lenken virker ikke (lenger). Be ordstyreren om den nye lenken eller QR-koden.',
    tooLong: 'for lang tekst – den er ikke lagret',
  },
  en: {
    group: 'Group', view: 'View', task: 'TASK %1 of %2', all: 'all', hide: 'hide',
    now: 'now', timeLeft: 'TIME LEFT', overTime: 'OVER TIME', ownTime: 'YOUR GROUP – TIME LEFT',
    paused: 'paused', endsAt: 'ends at %1', until: 'until %1', groupWork: 'GROUP WORK',
    finished: 'Done', endedAt: 'ended at %1',
    notes: 'Notes for task %1', saved: 'saved %1', saving: 'saving …',
    unsent: 'not sent yet – kept in this browser', conflict: 'merged with someone else’s text',
    followUps: 'Follow-up points (%1)', add: 'Add', remove: 'Remove', newPoint: 'New point',
    done: 'We are done', undone: 'Done ✓ – tap to undo', bare: 'Time only',
    offline: 'offline – text is kept in this browser', noTasks: 'No tasks yet',
    refused: 'This link does not work (any more). Ask the facilitator for the new link or QR code.',
    tooLong: 'text too long – not saved',
  },
};

// Overtime flashes as on the console (app/timing/display.py flash_of): 0.7 s beats, four red
// flashes, then a gentle pulse of the digits for as long as the overtime lasts.
const FLASH_HALF_PERIOD = 0.7;
const FLASH_STRONG_SECONDS = 4 * 2 * FLASH_HALF_PERIOD;
const SAVE_DELAY_MS = 600; // after the last keystroke
const SAVE_MAX_DELAY_MS = 2000; // while typing on
const RETRY_MS = 4000;

const path = location.pathname;
const BASE = path.slice(0, path.lastIndexOf('/') + 1); // "/t/TOKEN/"
const TOKEN = BASE.split('/')[2] || '';
const BARE = path.endsWith('/tid');
const STORE_PREFIX = 'plenum:' + TOKEN + ':';

const $ = (id) => document.getElementById(id);
let words = WORDS.nb;
let group = null; // {id, name, room, notes, follow_ups, done}; null for the view link
let round = { tasks: [], current: 0, timer: null };
let shown = 0; // index of the task on screen
let offset = 0; // server clock minus this browser's, in ms (Ontime's method)
let bestRtt = Infinity;
let socket = null;
let online = false;
let tickTimer = 0;
const notes = {}; // task id -> {base, baseText, text, dirty, inFlight, savedAt, timer, first}

const say = (key, ...args) => args.reduce((s, a, i) => s.replace('%' + (i + 1), a), words[key]);
const text = (el, value) => { el.textContent = value == null ? '' : String(value); };

// ---- clock --------------------------------------------------------------------------------

function serverNow() { return Date.now() + offset; }

function sample(t0, server, t1) {
  const rtt = t1 - t0;
  if (rtt <= bestRtt + 20) { // the quickest round trip tells the offset best
    bestRtt = Math.min(rtt, bestRtt);
    offset = server + rtt / 2 - t1;
  }
}

function remaining(timer) {
  if (!timer) return null;
  return timer.running ? timer.remaining - (serverNow() - timer.at) / 1000 : timer.remaining;
}

function shownSeconds(r) { return r >= 0 ? Math.ceil(r) : -Math.floor(-r); }

// One shape for every time span, as app.timing.display: minutes never roll into hours ("105:00").
function format(r) {
  const s = Math.abs(shownSeconds(r));
  const two = (n) => String(n).padStart(2, '0');
  return (r < 0 ? '+' : '') + two(Math.floor(s / 60)) + ':' + two(s % 60);
}

function phase(r, marks) {
  if (r < 0) return 'overtime';
  if (marks.length >= 2 && r <= Math.min(...marks)) return 'danger';
  if (marks.length && r <= Math.max(...marks)) return 'warning';
  return 'normal';
}

function flashOf(r, running) {
  const over = -r;
  if (!running || over <= 0 || Math.floor(over / FLASH_HALF_PERIOD) % 2) return 'steady';
  return over < FLASH_STRONG_SECONDS ? 'lit' : 'dim';
}

function drawTimer() {
  clearTimeout(tickTimer);
  const timer = round.timer;
  const r = remaining(timer);
  const [box, digits, caption] = BARE
    ? [$('bare'), $('bare-digits'), $('bare-caption')] : [$('timer'), $('digits'), $('caption')];
  if (r == null) { text(digits, '--:--'); return; }
  // The round's end is the room's end, unless the group has its own timer still going.
  const ended = round.stage === 'ended' && !round.own_timer;
  const value = ended ? say('finished') : format(r);
  text(digits, value);
  digits.dataset.len = String(value.length); // the size class: "+00:00" needs the room of six
  const over = r < 0 && !ended;
  const flash = ended ? 'steady' : flashOf(r, timer.running);
  box.className = (BARE ? 'bare' : 'timer') + (ended ? ' ended' : ' phase-' + phase(r, timer.warnings || []))
    + (timer.paused && !ended ? ' paused' : '') + (flash === 'lit' ? ' flash' : flash === 'dim' ? ' dim' : '');
  let words_ = '';
  if (ended) words_ = round.ended_at ? say('endedAt', round.ended_at) : '';
  else if (timer.paused) words_ = say('paused');
  else if (timer.running && !over && timer.ends_at) words_ = say('endsAt', timer.ends_at);
  else if (!timer.started && timer.until) words_ = say('until', timer.until);
  text(caption, words_);
  if (!BARE) {
    const label = ended ? 'groupWork' : over ? 'overTime' : round.own_timer ? 'ownTime' : 'timeLeft';
    text($('timer-label'), say(label));
  }
  if (timer.running && !ended) {
    const step = (x) => { const into = ((r % x) + x) % x; return into > 0.001 ? into : x; };
    const next = over || r < 1 ? Math.min(step(1), step(FLASH_HALF_PERIOD)) : step(1);
    tickTimer = setTimeout(drawTimer, next * 1000 + 15);
  }
}

// ---- the task -----------------------------------------------------------------------------

function drawTask() {
  const tasks = round.tasks || [];
  const task = tasks[shown];
  if (BARE) { text($('bare-title'), task ? task.title : ''); return; }
  text($('task-count'), tasks.length ? say('task', shown + 1, tasks.length) : say('noTasks'));
  $('all-tasks').hidden = tasks.length < 2;
  text($('task-title'), task ? task.title : '');
  text($('task-prompt'), task && task.prompt ? task.prompt : '');
  const points = $('task-points');
  points.replaceChildren(...(task ? task.points : []).map((point) => {
    const li = document.createElement('li');
    text(li, point.text);
    if (point.level > 1) li.className = 'sub';
    return li;
  }));
  const list = $('task-list');
  list.replaceChildren(...tasks.map((t, i) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    const label = document.createElement('span');
    text(label, (i + 1) + '. ' + t.title);
    button.append(label);
    if (i === round.current) {
      const now = document.createElement('span');
      now.className = 'now';
      text(now, say('now'));
      button.append(now);
    }
    button.setAttribute('aria-current', String(i === shown));
    button.addEventListener('click', () => { showTask(i); toggleList(false); });
    li.append(button);
    return li;
  }));
  drawNotes();
}

function toggleList(open) {
  $('task-list').hidden = !open;
  $('all-tasks').setAttribute('aria-expanded', String(open));
  text($('all-tasks'), open ? say('hide') + ' ▴' : say('all') + ' ▾');
}

function showTask(index) {
  flushNotes();
  shown = Math.max(0, Math.min(index, (round.tasks || []).length - 1));
  drawTask();
}

function takeRound(next) {
  const followed = next.current !== round.current || !round.tasks.length;
  round = next;
  if (followed || shown >= round.tasks.length) showTask(round.current || 0);
  else drawTask();
  drawTimer();
}

// ---- notes: typed text is in localStorage before anything else ------------------------

function note(taskId) {
  if (!notes[taskId]) {
    const server = (group && group.notes[taskId]) || null;
    notes[taskId] = {
      base: server ? server.version : null, baseText: server ? server.text : '',
      text: server ? server.text : '', dirty: false, inFlight: false,
      savedAt: server ? server.saved_at : null, timer: 0, first: 0, state: '',
    };
    const kept = readKept(taskId);
    if (kept && kept.text !== notes[taskId].text) {
      Object.assign(notes[taskId], { text: kept.text, base: kept.base, baseText: kept.baseText || '', dirty: true });
    }
  }
  return notes[taskId];
}

function readKept(taskId) {
  try { return JSON.parse(localStorage.getItem(STORE_PREFIX + taskId) || 'null'); } catch (e) { return null; }
}

function keep(taskId, n) {
  try {
    if (n.dirty) localStorage.setItem(STORE_PREFIX + taskId, JSON.stringify({ text: n.text, base: n.base, baseText: n.baseText }));
    else localStorage.removeItem(STORE_PREFIX + taskId);
  } catch (e) { /* storage full or off: the text is still on screen and is sent */ }
}

function currentTaskId() {
  const task = (round.tasks || [])[shown];
  return task ? task.id : null;
}

function drawNotes() {
  const taskId = currentTaskId();
  const area = $('notes-text');
  $('notes').hidden = !group || !taskId;
  if (!group || !taskId) return;
  text($('notes-label'), say('notes', shown + 1));
  area.dataset.task = taskId;
  const n = note(taskId);
  if (area.value !== n.text) area.value = n.text;
  drawNoteState();
}

function drawNoteState() {
  const taskId = currentTaskId();
  if (!taskId || !group) return;
  const n = note(taskId);
  const el = $('notes-state');
  let value = '';
  if (n.state === 'tooLong') value = say('tooLong');
  else if (n.dirty && !online) value = say('unsent');
  else if (n.dirty || n.inFlight) value = say('saving');
  else if (n.savedAt) value = say('saved', clockTime(n.savedAt)) + (n.merged ? ' · ' + say('conflict') : '');
  el.classList.toggle('offline', n.dirty && !online);
  text(el, value);
}

function clockTime(iso) {
  const d = new Date(iso);
  const two = (v) => String(v).padStart(2, '0');
  return two(d.getHours()) + ':' + two(d.getMinutes()) + ':' + two(d.getSeconds());
}

function typed() {
  const area = $('notes-text');
  const taskId = area.dataset.task;
  if (!taskId) return;
  const n = note(taskId);
  n.text = area.value;
  n.dirty = true;
  n.state = '';
  keep(taskId, n);
  schedule(taskId, SAVE_DELAY_MS);
  drawNoteState();
}

function schedule(taskId, delay) {
  const n = note(taskId);
  const now = Date.now();
  if (!n.first) n.first = now;
  clearTimeout(n.timer);
  const wait = Math.min(delay, Math.max(0, n.first + SAVE_MAX_DELAY_MS - now));
  n.timer = setTimeout(() => send(taskId), wait);
}

async function send(taskId) {
  const n = note(taskId);
  if (!n.dirty || n.inFlight) return;
  n.first = 0;
  n.inFlight = true;
  const sent = n.text;
  let answer = null;
  try {
    const response = await fetch(BASE + 'note', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, cache: 'no-store',
      body: JSON.stringify({ task: taskId, text: sent, base: n.base }),
    });
    if (response.status === 403) return refuse();
    // Too long is final until the text changes; anything else (sharing stopping, the session
    // busy) is tried again: the text is in local storage meanwhile.
    if (response.status === 413) n.state = 'tooLong';
    else if (response.ok) answer = await response.json();
  } catch (e) { /* offline: kept, sent again */ } finally { n.inFlight = false; }
  if (!answer) {
    if (n.state !== 'tooLong') schedule(taskId, RETRY_MS);
    drawNoteState();
    return;
  }
  n.savedAt = answer.saved_at;
  n.merged = answer.merged;
  if (n.text === sent) {
    Object.assign(n, { base: answer.version, baseText: answer.text, text: answer.text, dirty: false });
    const area = $('notes-text');
    if (area.dataset.task === taskId && area.value !== answer.text) replaceKeepingCaret(area, answer.text);
  } else {
    // Typed on while saving: go on from the version holding exactly what was sent.
    Object.assign(n, { base: answer.own, baseText: sent });
    schedule(taskId, SAVE_DELAY_MS);
  }
  keep(taskId, n);
  drawNoteState();
}

function replaceKeepingCaret(area, value) {
  const focused = document.activeElement === area;
  const start = area.selectionStart, end = area.selectionEnd, old = area.value;
  area.value = value;
  if (!focused) return;
  // Text added before the caret moves it on by the same amount; a merge appends mostly after.
  let same = 0;
  while (same < start && old[same] === value[same]) same++;
  const shift = same === start ? 0 : value.length - old.length;
  area.setSelectionRange(start + shift, end + shift);
}

function othersSaved(message) {
  if (!group) return;
  group.notes[message.task] = { version: message.version, text: message.text, saved_at: message.saved_at };
  const n = notes[message.task];
  if (!n) return;
  if (n.dirty || n.inFlight) return; // our next save merges with it
  Object.assign(n, { base: message.version, baseText: message.text, text: message.text, savedAt: message.saved_at });
  const area = $('notes-text');
  if (area.dataset.task === message.task && area.value !== message.text) replaceKeepingCaret(area, message.text);
  drawNoteState();
}

function flushNotes() {
  for (const taskId of Object.keys(notes)) if (notes[taskId].dirty) send(taskId);
}

function resendKept() {
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key && key.startsWith(STORE_PREFIX)) {
      const taskId = key.slice(STORE_PREFIX.length);
      if (note(taskId).dirty) send(taskId);
    }
  }
}

// ---- follow-ups and "done" --------------------------------------------------------------

async function post(name, body) {
  try {
    const response = await fetch(BASE + name, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, cache: 'no-store', body: JSON.stringify(body),
    });
    if (response.status === 403) { refuse(); return null; }
    return response.ok ? await response.json() : null;
  } catch (e) { return null; }
}

function takeGroup(next) {
  if (!next) return;
  const before = group;
  group = next;
  if (before) for (const [taskId, saved] of Object.entries(next.notes)) othersSaved({ task: taskId, ...saved });
  drawGroup();
}

function drawGroup() {
  if (!group) return;
  text($('who'), group.name + (group.room ? ' · ' + group.room : ''));
  document.title = group.name + ' – Plenum';
  text($('follow-ups-title'), say('followUps', group.follow_ups.length));
  const list = $('follow-up-list');
  // A point being edited keeps what was typed into it (sent on change), whatever arrives meanwhile.
  const active = list.contains(document.activeElement) ? document.activeElement : null;
  const editing = active && active.dataset.id ? { id: active.dataset.id, value: active.value,
    start: active.selectionStart, end: active.selectionEnd } : null;
  list.replaceChildren(...group.follow_ups.map((point) => {
    const li = document.createElement('li');
    const input = document.createElement('input');
    input.type = 'text'; input.maxLength = 1000; input.value = point.text; input.dataset.id = String(point.id);
    const commit = () => {
      if (input.value === point.text || input.value === input.dataset.sent) return;
      input.dataset.sent = input.value;
      post('followup', { op: 'update', id: point.id, text: input.value }).then(takeGroup);
    };
    input.addEventListener('change', commit);
    input.addEventListener('blur', commit); // also after a redraw replaced the element being typed in
    const remove = document.createElement('button');
    remove.type = 'button'; text(remove, '×'); remove.title = say('remove'); remove.setAttribute('aria-label', say('remove'));
    remove.addEventListener('click', () => post('followup', { op: 'remove', id: point.id }).then(takeGroup));
    li.append(input, remove);
    return li;
  }));
  const again = editing && list.querySelector('input[data-id="' + CSS.escape(editing.id) + '"]');
  if (again) {
    again.value = editing.value;
    again.focus();
    again.setSelectionRange(editing.start, editing.end);
  }
  const done = $('done');
  done.setAttribute('aria-pressed', String(Boolean(group.done)));
  text(done, group.done ? say('undone') : say('done'));
}

// ---- connection ----------------------------------------------------------------------------

function setOnline(value) {
  online = value;
  const el = $('link-state');
  el.hidden = value;
  text(el, say('offline'));
  drawNoteState();
}

let connectedBefore = false;

function connect() {
  socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + BASE + 'ws');
  socket.addEventListener('open', () => {
    setOnline(true);
    ping(); setTimeout(ping, 400); setTimeout(ping, 1200);
    resendKept();
    if (connectedBefore) refresh(); // back after a break: the group may have changed meanwhile
    connectedBefore = true;
  });
  socket.addEventListener('message', (event) => {
    let message;
    try { message = JSON.parse(event.data); } catch (e) { return; }
    if (message.type === 'pong') sample(message.t0, message.now, Date.now());
    else if (message.type === 'round') takeRound(message.round);
    else if (message.type === 'note') othersSaved(message);
    else if (message.type === 'group') { takeGroup(message.group); takeRound(message.round); }
  });
  socket.addEventListener('close', (event) => {
    setOnline(false);
    socket = null;
    if (event.code === 4403) return refuse();
    setTimeout(connect, 1000 + Math.random() * 2000);
  });
}

function ping() {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'ping', t0: Date.now() }));
}

async function refresh() {
  const t0 = Date.now();
  let response;
  try { response = await fetch(BASE + 'state', { cache: 'no-store' }); } catch (e) { return false; }
  if (response.status === 403) { refuse(); return false; }
  if (!response.ok) return false;
  const state = await response.json();
  sample(t0, state.now, Date.now());
  chooseLanguage(state.language);
  if (state.group) takeGroup(state.group);
  takeRound(state.round);
  return true;
}

function refuse() {
  for (const id of ['page', 'bare']) $(id).hidden = true;
  $('refused').hidden = false;
  text($('refused-text'), say('refused'));
  if (socket) socket.close();
}

function chooseLanguage(eventLanguage) {
  const browser = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'nb'])
    .map((l) => String(l).toLowerCase());
  const nordic = browser.some((l) => /^(nb|nn|no|da|sv)\b/.test(l));
  const lang = eventLanguage === 'en' || (!nordic && browser[0].startsWith('en')) ? 'en' : 'nb';
  words = WORDS[lang];
  document.documentElement.lang = lang;
  if (!BARE) {
    text($('follow-up-add'), say('add'));
    $('follow-up-new').placeholder = say('newPoint');
    text($('bare-link'), say('bare'));
    toggleList(!$('task-list').hidden);
  }
}

async function start() {
  chooseLanguage(null);
  if (!(await refresh())) {
    if ($('refused').hidden) setTimeout(start, 3000);
    return;
  }
  const writable = Boolean(group);
  $(BARE ? 'bare' : 'page').hidden = false;
  if (!BARE) {
    for (const id of ['notes', 'follow-ups', 'actions']) $(id).hidden = !writable;
    if (!writable) text($('who'), say('view'));
    $('notes-text').addEventListener('input', typed);
    $('all-tasks').addEventListener('click', () => toggleList($('task-list').hidden));
    $('follow-up-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const input = $('follow-up-new');
      if (!input.value.trim()) return;
      post('followup', { op: 'add', text: input.value }).then((state) => { if (state) { input.value = ''; takeGroup(state); } });
    });
    $('done').addEventListener('click', () => post('done', { done: !group.done }).then(takeGroup));
    drawTask();
  }
  connect();
  // Ping again every 30 s; the best round trip ages, so a network that got slower for good
  // (or a phone whose clock was set) still updates the offset.
  setInterval(() => { bestRtt += 15; ping(); }, 30000);
  setInterval(() => { for (const taskId of Object.keys(notes)) if (notes[taskId].dirty) send(taskId); }, RETRY_MS);
  // A phone's screen unlocked, a tab shown again: redraw now, reconnect if the socket died.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') { drawTimer(); if (!socket) connect(); else ping(); }
    else flushNotes();
  });
  window.addEventListener('pagehide', flushNotes);
  window.addEventListener('online', () => { if (!socket) connect(); });
}

start();
