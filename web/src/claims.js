// The claims: for one category (tanks, personnel, ...), each claimant side's figures about each
// side over time as a chart, and the claims themselves in a table whose rows open the report.
// A side's figures about its own losses are its admissions, drawn dashed beside the other
// side's claims.
import uPlot from 'uplot';
import { el } from './labels.js';

const COLOURS = ['#c0392b', '#2471a3', '#d68910', '#7d3c98', '#17a589', '#566573'];

function dayOf(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 1000;
}

function seriesName(claim) {
  const by = claim.claimant?.side || 'unattributed';
  const measure = claim.measure ? `, ${claim.measure}` : '';
  return by === claim.about ? `${by} admits own losses${measure}` : `${by} about ${claim.about || '?'}${measure}`;
}

export function categoriesOf(claims) {
  const counts = new Map();
  for (const c of claims) counts.set(c.category, (counts.get(c.category) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

export function showClaims(chartBox, table, claims, category, width, onOpenReport) {
  const chosen = claims.filter((c) => c.category === category && c.as_of?.date);
  const names = [...new Set(chosen.map(seriesName))].sort();
  const days = [...new Set(chosen.map((c) => dayOf(c.as_of.date)))].sort((a, b) => a - b);
  const data = [days, ...names.map((name) => days.map((d) => {
    const same = chosen.filter((c) => seriesName(c) === name && dayOf(c.as_of.date) === d);
    return same.length ? Math.max(...same.map((c) => c.value)) : null;
  }))];
  chartBox.replaceChildren();
  chartBox.dataset.series = names.join('|');
  if (days.length) {
    new uPlot({
      width,
      height: 220,
      scales: { x: { time: true } },
      axes: [{}, { size: 50 }],
      series: [{}, ...names.map((name, i) => ({
        label: name,
        stroke: COLOURS[i % COLOURS.length],
        width: 2,
        dash: name.includes('admits') ? [6, 4] : undefined,
        spanGaps: true,
        points: { show: true, size: 8 },
      }))],
    }, data, chartBox);
  }
  table.replaceChildren(
    el('thead', {}, el('tr', {}, ...['as of', 'claimant', 'about', 'figure', 'category', 'measure', 'flags', 'report'].map((h) => el('th', {}, h)))),
    el('tbody', {}, ...chosen.map((c) => el('tr', {},
      el('td', {}, c.as_of.date),
      el('td', {}, `${c.claimant?.name || ''} (${c.claimant?.side || '?'})`),
      el('td', {}, c.about || ''),
      el('td', { class: 'num' }, `${c.qualifier && c.qualifier !== 'exact' ? `${c.qualifier} ` : ''}${c.value}${c.cumulative ? ' (total)' : ''}`),
      el('td', {}, c.shown_category || c.category),
      el('td', {}, c.measure || ''),
      el('td', { class: c.flags?.length ? 'flag' : '' }, (c.flags || []).join('; ')),
      el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => onOpenReport(c.report, c.id) }, `report ${c.report}`))))));
}
