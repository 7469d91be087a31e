// The view's filters, kept in the URL's query string so a view can be shared and reloaded.
const KEYS = ['from', 'to', 'type', 'side', 'q', 'report', 'fact', 'incident', 'category'];

export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of KEYS) state[key] = params.get(key) || '';
  return state;
}

export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) if (state[key]) params.set(key, state[key]);
  const query = params.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

// The incidents the filters keep (all but the text filter work on the structured fields).
export function filterEvents(events, state) {
  const needle = state.q.trim().toLowerCase();
  return events.filter((e) => {
    const date = e.date?.date || '';
    if (state.from && (!date || date < state.from)) return false;
    if (state.to && (!date || date.slice(0, 10) > state.to)) return false;
    if (state.type && e.type !== state.type) return false;
    if (state.side && (e.claimant?.side || '') !== state.side) return false;
    if (needle && !searchText(e).includes(needle)) return false;
    return true;
  });
}

function searchText(e) {
  const parts = [e.type, e.sub_event, e.claimant?.name, e.actor1?.name, e.actor2?.name, e.source];
  for (const p of e.places || []) parts.push(p.mention, p.place?.name);
  return parts.filter(Boolean).join(' ').toLowerCase();
}
