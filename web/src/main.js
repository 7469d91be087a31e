// The dashboard: loads what the API holds, draws the map, the timeline, the incident list, the
// incident view, the ceasefire register and the claims, keeps the filters in the URL, links the
// sitrep and exports of the view, and reloads when new reports or analysts' writes arrive (polling).
import './style.css';
import { getAll, getJson } from './api.js';
import { filterEvents, readState, writeState } from './state.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { categoriesOf, showClaims } from './claims.js';
import { createReportView } from './report.js';
import { createIncidentView } from './incident.js';
import { createRegister } from './register.js';
import { el, gradeClass, gradeName, placesOf, typeName } from './labels.js';

const $ = (id) => document.getElementById(id);
const state = readState();
const data = { events: [], claims: [], ceasefires: [], register: null, incidents: null, reports: -1 };
let incidentByRef = new Map();  // account ref ("report:fact") -> linked incident
const incidentOf = (event) => incidentByRef.get(`${event.report}:${event.id}`);

const reportView = createReportView({
  panel: $('report'), title: $('report-title'), meta: $('report-meta'),
  legend: $('report-legend'), body: $('report-body'), tip: $('span-tip'),
  review: $('review'), onReviewed: () => load().catch(showError),
});
const map = createMap($('map'), $('legend'), { onOpenReport: openReport, onOpenIncident: openIncident });
const incidentView = createIncidentView($('incident-view'), openReport);
const registerView = createRegister($('register'), (from, to) => {
  state.from = from;
  state.to = to;
  syncForm();
  render();
});
const timeline = createTimeline($('timeline'), (from, to) => {
  state.from = from;
  state.to = to;
  syncForm();
  render();
});

function widthOf(id) { return Math.max(260, $(id).clientWidth - 4); }

function openReport(id, fact) {
  state.report = String(id);
  state.fact = fact || '';
  writeState(state);
  reportView.open(id, fact).catch(showError);
}

function openIncident(id) {
  state.incident = id || '';
  writeState(state);
  const incident = (data.incidents || []).find((i) => i.id === id || i.accounts.some((a) => a.ref === id));
  incidentView.show(incident, data.register);
  if (incident) $('incident-view').scrollIntoView({ block: 'nearest' });
}

function showError(error) {
  $('status').textContent = error.message;
  $('status').classList.add('error');
}

function syncForm() {
  const form = $('filters');
  for (const key of ['from', 'to', 'type', 'side', 'q']) form.elements[key].value = state[key];
}

function fillSelect(select, values, name) {
  const chosen = select.value;
  select.replaceChildren(select.options[0], ...values.map((v) => el('option', { value: v }, name(v))));
  select.value = chosen;
}

function renderList(events) {
  $('incident-count').textContent = `(${events.length})`;
  $('incident-list').replaceChildren(...events.slice(0, 300).map((e) => {
    const incident = incidentOf(e);
    return el('li', { class: 'incident' },
      el('button', { type: 'button', class: 'link', onclick: () => openReport(e.report, e.id) },
        el('span', { class: 'when' }, e.date?.date || '?'), ' ',
        el('strong', {}, typeName(e.type)), ' at ',
        placesOf(e).map((p) => p.place.name).join(', ') || (e.places?.[0]?.mention ?? 'unknown place'),
        el('span', { class: 'who' }, ` — ${e.claimant?.name || e.source} (${e.claimant?.side || '?'})`)),
      incident ? el('button', {
        type: 'button', class: `grade-badge ${gradeClass(incident.grade)}`, 'data-incident': incident.id,
        title: `incident ${incident.id}: ${gradeName(incident.grade)}; every account and why they are linked`,
        onclick: () => openIncident(incident.id),
      }, `${gradeName(incident.grade)} · ${incident.accounts.length} account(s)`) : null);
  }));
}

// The sitrep of the view's day (the range's last day, else the latest incident's) and the exports
// of the incidents the filters keep.
function updateLinks(events) {
  const latest = events.map((e) => e.date?.date || '').filter((d) => d.length >= 10).sort().at(-1);
  const day = (state.to || state.from || latest || '').slice(0, 10);
  const sitrep = $('sitrep-link');
  sitrep.textContent = day ? `sitrep ${day}` : 'sitrep';
  sitrep.href = `/api/sitrep?${new URLSearchParams({ date: day, format: 'html' })}`;
  const filters = { since: state.from, until: state.to, type: state.type, claimant: state.side, q: state.q };
  for (const link of document.querySelectorAll('.export-link')) {
    const params = new URLSearchParams({ format: link.dataset.format });
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    link.href = `/api/export?${params}`;
  }
}

function render() {
  writeState(state);
  const shown = filterEvents(data.events, state);
  map.show(shown, incidentOf);
  renderList(shown);
  updateLinks(data.events);
  timeline.select(state.from, state.to);
  document.documentElement.dataset.shown = String(shown.length);
}

// The ledger's entries about each side for `category` (its roll-up included: "tanks" holds
// "tanks and armoured vehicles" not split), as claim rows; null when the monitor is unavailable.
async function ledgerRows(category) {
  const sides = [...new Set(data.claims.map((c) => c.about).filter(Boolean))];
  try {
    const ledgers = await Promise.all(sides.map((about) =>
      getJson(`/api/ledger?about=${encodeURIComponent(about)}&category=${encodeURIComponent(category)}`)));
    // Counter-claims (a side's claims about its opponents) are the opponents' ledgers' claims.
    return ledgers.flatMap((ledger) => ledger.series.filter((series) => series.role !== 'counter-claim').flatMap((series) => series.entries.map((e) => ({
      id: e.ref.split(':')[1], report: e.report, about: ledger.about, category,
      shown_category: e.rolled_up ? `${e.category} (not split)` : e.category,
      measure: e.measure, value: e.value, qualifier: e.qualifier, cumulative: e.cumulative,
      system: e.system, flags: e.flags, as_of: { date: e.as_of },
      claimant: { name: e.claimant, side: series.claimant_side }, role: series.role,
    }))));
  } catch {
    return null;
  }
}

async function renderClaims() {
  const categories = categoriesOf(data.claims);
  const select = $('claim-category');
  select.replaceChildren(...categories.map((c) => el('option', { value: c }, c)));
  if (!categories.includes(state.category)) state.category = categories.includes('tanks') ? 'tanks' : (categories[0] || '');
  select.value = state.category;
  const rows = (await ledgerRows(state.category)) || data.claims;
  showClaims($('claims-chart'), $('claims-table'), rows, state.category, widthOf('claims-chart'), openReport);
}

// Ceasefire windows and alleged violations from the monitor's register; without it (its data
// files did not load), agreements found in reports, shaded from the day they were reached.
function ceasefireMarks() {
  if (data.register) {
    return {
      windows: data.register.map((c) => ({ from: c.starts.slice(0, 10), to: c.ends ? c.ends.slice(0, 10) : null })),
      ticks: data.register.flatMap((c) => c.alleged_violations.violations.map((v) => v.day)),
    };
  }
  const windows = data.ceasefires.filter((c) => c.kind === 'agreement' && c.date?.date)
    .map((c) => ({ from: c.date.date.slice(0, 10), to: null }));
  const ticks = data.ceasefires.filter((c) => c.kind === 'violation' && c.date?.date).map((c) => c.date.date.slice(0, 10));
  return { windows, ticks };
}

async function load() {
  const [events, claims, ceasefires, register, incidents] = await Promise.all([
    getAll('/api/events'), getAll('/api/claims'), getAll('/api/ceasefires'),
    getAll('/api/ceasefire-register').catch(() => null), getAll('/api/incidents').catch(() => null)]);
  Object.assign(data, { events, claims, ceasefires, register, incidents });
  incidentByRef = new Map((incidents || []).flatMap((i) => i.accounts.map((a) => [a.ref, i])));
  registerView.show(register);
  fillSelect($('filters').elements.type, [...new Set(events.map((e) => e.type))].sort(), typeName);
  fillSelect($('filters').elements.side, [...new Set(events.map((e) => e.claimant?.side).filter(Boolean))].sort(), (s) => s);
  syncForm();  // the URL's type and side, now that their options exist
  timeline.show(events, widthOf('timeline'));
  timeline.setMarks(ceasefireMarks());
  render();
  if (state.incident) openIncident(state.incident);
  await renderClaims();
}

async function poll() {
  try {
    const health = await getJson('/api/health');
    if (health.reports !== data.reports || health.changes !== data.changes) {
      data.reports = health.reports;
      data.changes = health.changes;
      await load();
    }
    $('status').textContent = `${health.reports} reports · ${data.events.length} incidents · checked ${new Date().toLocaleTimeString()}`;
    $('status').classList.remove('error');
    document.documentElement.dataset.reports = String(health.reports);
    document.documentElement.dataset.ready = 'true';
  } catch (error) {
    showError(error);
  }
}

$('read-token').value = sessionStorage.getItem('truce-token') || '';
$('read-token').addEventListener('change', (event) => {
  sessionStorage.setItem('truce-token', event.target.value);
  data.reports = -1;
  poll();
});
$('filters').addEventListener('input', (event) => {
  const { name, value } = event.target;
  if (name in state) { state[name] = value; render(); }
});
$('filters').addEventListener('submit', (event) => event.preventDefault());
$('filters').addEventListener('reset', () => {
  for (const key of ['from', 'to', 'type', 'side', 'q']) state[key] = '';
  setTimeout(render);
});
$('claim-category').addEventListener('change', (event) => {
  state.category = event.target.value;
  writeState(state);
  renderClaims();
});
$('close-report').addEventListener('click', () => {
  state.report = '';
  state.fact = '';
  writeState(state);
  reportView.close();
});
window.addEventListener('resize', () => {
  timeline.resize(widthOf('timeline'));
  map.map.invalidateSize();
});

syncForm();
poll().then(() => { if (state.report) openReport(state.report, state.fact); });
setInterval(poll, 5000);
