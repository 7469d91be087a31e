// Analyst review inside the report view: accept, reject or correct one of the report's incidents,
// claims or places with a token (kept for this browser tab only), and the report's audit trail.
import { el } from './labels.js';

const FIELDS = {
  incident: ['type', 'sub_event', 'date', 'fatalities', 'injuries', 'actor1_side', 'actor2_side'],
  claim: ['category', 'measure', 'about', 'value', 'as_of', 'cumulative'],
};
const NUMBERS = new Set(['fatalities', 'injuries', 'value']);

function parseValue(target, field, text) {
  if (target === 'place') {
    const [name, lat, lon] = text.split(',').map((s) => s.trim());
    return { name, lat: Number(lat), lon: Number(lon) };
  }
  if (NUMBERS.has(field)) return text === '' ? null : Number(text);
  if (field === 'cumulative') return text === 'true';
  return text;
}

export function createReviewForm(container, onReviewed) {
  let report = null;
  const token = el('input', { type: 'password', name: 'token', placeholder: 'analyst token', autocomplete: 'off' });
  token.value = sessionStorage.getItem('truce-token') || '';
  const fact = el('select', { name: 'fact' });
  const decision = el('select', { name: 'decision' },
    ...['accept', 'reject', 'correct'].map((d) => el('option', { value: d }, d)));
  const field = el('select', { name: 'field' });
  const value = el('input', { type: 'text', name: 'value', placeholder: 'new value (place: name, lat, lon)' });
  const reason = el('input', { type: 'text', name: 'reason', placeholder: 'why' });
  const result = el('p', { class: 'review-result', 'aria-live': 'polite' });
  const trail = el('ol', { class: 'review-trail' });
  const form = el('form', { class: 'review-form' },
    el('label', {}, 'fact ', fact), el('label', {}, 'decision ', decision), el('label', {}, 'field ', field),
    el('label', {}, 'value ', value), el('label', {}, 'reason ', reason), el('label', {}, 'token ', token),
    el('button', { type: 'submit' }, 'submit review'));
  container.replaceChildren(el('h3', {}, 'Review'), form, result, el('h3', {}, 'Audit trail'), trail);

  function chosen() {
    const [target, id] = fact.value.split(':');
    return { target, id };
  }
  function updateFields() {
    const { target, id } = chosen();
    const corrected = decision.value === 'correct';
    let names = FIELDS[target] || [];
    if (target === 'place') {
      const incident = report.extraction.incidents.find((i) => String(i.id) === id);
      names = (incident?.places || []).map((p, i) => `places/${i}`);
    }
    field.replaceChildren(...names.map((n) => el('option', { value: n }, n)));
    field.disabled = !corrected;
    value.disabled = !corrected;
  }
  fact.addEventListener('change', updateFields);
  decision.addEventListener('change', updateFields);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    sessionStorage.setItem('truce-token', token.value);
    const { target, id } = chosen();
    const body = { target, report: report.id, fact: id, decision: decision.value, reason: reason.value };
    if (decision.value === 'correct') {
      body.field = field.value;
      body.value = parseValue(target, field.value, value.value);
    }
    const response = await fetch('/api/reviews', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.value}` },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    result.classList.toggle('error', !response.ok);
    result.textContent = response.ok
      ? `stored review ${answer.id} (${answer.decision}${answer.field ? ` ${answer.field}` : ''}) by ${answer.reviewer}`
      : `refused (${response.status}): ${answer.error?.message || response.statusText}`;
    if (response.ok) onReviewed(report.id);
  });

  return {
    show(next, focus) {
      report = next;
      const x = report.extraction || { incidents: [], claims: [] };
      fact.replaceChildren(
        ...x.incidents.map((i) => el('option', { value: `incident:${i.id}` }, `incident ${i.id}: ${i.type}`)),
        ...x.incidents.filter((i) => i.places?.length).map((i) => el('option', { value: `place:${i.id}` }, `places of incident ${i.id}`)),
        ...x.claims.map((c) => el('option', { value: `claim:${c.id}` }, `claim ${c.id}: ${c.value} ${c.category}`)));
      if (focus && [...fact.options].some((o) => o.value === `incident:${focus}`)) fact.value = `incident:${focus}`;
      updateFields();
      trail.replaceChildren(...(report.reviews || []).map((r) => el('li', {},
        `${r.created_at} ${r.reviewer}: ${r.decision} ${r.target} ${r.fact}${r.field ? ` ${r.field}: ${JSON.stringify(r.before)} → ${JSON.stringify(r.after)}` : ''}${r.reason ? ` — ${r.reason}` : ''}`)));
      container.hidden = !x.incidents.length && !x.claims.length;
    },
  };
}
