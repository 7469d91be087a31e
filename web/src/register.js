// The ceasefire register: every ceasefire found in reports or declared by an analyst, its
// window, and its alleged violations with running totals per accused side (OSCE style), and the
// missions' own observations apart from claims. A row's button shows its window on the map.
import { el } from './labels.js';

function bySide(tally) {
  const entries = Object.entries(tally || {});
  return entries.length ? entries.map(([side, n]) => `${side} ${n}`).join(', ') : '—';
}

export function createRegister(table, onWindow) {
  return {
    show(register) {
      if (!register) {
        table.replaceChildren(el('caption', {}, 'The ceasefire register is unavailable (the monitor\'s data files did not load).'));
        return;
      }
      const head = el('tr', {}, ...['ceasefire', 'in force', 'alleged violations', 'accused (running total)', 'alleged by', 'observed explosions']
        .map((h) => el('th', {}, h)));
      const rows = register.map((c) => {
        const v = c.alleged_violations;
        const from = c.starts.slice(0, 10);
        const to = c.ends ? c.ends.slice(0, 10) : '';
        const observed = v.observed_by_day.at(-1);
        return el('tr', { 'data-ceasefire': c.id },
          el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => onWindow(from, to) }, c.name),
            el('div', { class: 'who' }, `${c.origin}${c.parties.length ? ` · ${c.parties.join(', ')}` : ''} · ${c.area}`)),
          el('td', {}, `${from} – ${to || 'open-ended'}`, c.ends_why ? el('div', { class: 'who' }, c.ends_why) : null),
          el('td', { class: 'num' }, String(v.total)),
          el('td', { class: 'by-accused' }, bySide(v.by_accused)),
          el('td', {}, bySide(v.by_claimant)),
          el('td', { class: 'num' }, observed ? String(observed.running_explosions) : '—'));
      });
      table.replaceChildren(head, ...rows);
    },
  };
}
