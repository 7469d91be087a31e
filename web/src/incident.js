// The incident view: one linked incident as the monitor sees it — its merged fields with their
// spread, its grade and why, whether a ceasefire was in force (and whether it counts as an
// alleged violation of it), every account (report, outlet, claimant) that opens its report, and
// the explanation of each link between accounts.
import { el, gradeClass, gradeName, typeName } from './labels.js';

function accountLine(account, onOpenReport) {
  const x = account.incident || {};
  const claimant = x.claimant?.name ? `${x.claimant.name} (${x.claimant.side || '?'})` : 'the outlet';
  return el('li', { class: 'account', 'data-ref': account.ref },
    el('button', { type: 'button', class: 'link open-account', onclick: () => onOpenReport(account.report, x.id) },
      el('strong', {}, `report ${account.report}`), ` · ${account.outlet || account.source || 'unknown outlet'}`,
      account.published ? ` · ${account.published}` : '',
      el('div', { class: 'who' }, `${claimant}: ${typeName(x.type || '')}, ${x.date?.date || 'date unknown'}`)));
}

function linkLine(link) {
  const c = link.check || {};
  const parts = [c.type, c.date, c.place, c.actors].filter(Boolean).join('; ');
  return el('li', { class: 'link-why' },
    `${link.account} ~ ${link.with}`, link.decided ? el('strong', {}, ' (analyst\'s merge)') : null,
    `: ${parts}${Number.isFinite(c.strength) ? ` (strength ${c.strength.toFixed(1)})` : ''}`);
}

// The ceasefires in force on the incident's day, and whether the register counts it as an
// alleged violation of each.
function ceasefireLines(incident, register) {
  if (!register) return [el('li', {}, 'ceasefire register unavailable')];
  const day = incident.date || '';
  const lines = [];
  for (const c of register) {
    const from = c.starts.slice(0, 10);
    const to = c.ends ? c.ends.slice(0, 10) : '';
    if (!day || day < from || (to && day > to)) continue;
    const violation = c.alleged_violations.violations.find((v) => v.incident === incident.id);
    lines.push(el('li', { class: violation ? 'in-force violation' : 'in-force' },
      `${c.name} in force (${from} to ${to || 'open-ended'})`,
      violation ? ` — an alleged violation; accused: ${violation.accused.join(', ')}` : ' — not counted as a violation (outside its area or parties, or not fighting)'));
  }
  return lines.length ? lines : [el('li', {}, 'no ceasefire in force that day')];
}

export function createIncidentView(panel, onOpenReport) {
  return {
    show(incident, register) {
      if (!incident) { panel.hidden = true; return; }
      const place = incident.place?.name || incident.places?.[0] || 'unknown place';
      const spread = incident.date_first && incident.date_first !== incident.date_last
        ? ` (accounts ${incident.date_first} to ${incident.date_last})` : '';
      // replaceChildren writes null as text: the sections an incident lacks are left out first.
      panel.replaceChildren(...[
        el('h2', {}, `${typeName(incident.type)} at ${place}, ${incident.date || 'date unknown'}`),
        el('p', { class: `grade-line ${gradeClass(incident.grade)}`, 'data-grade': incident.grade },
          el('span', { class: `dot small ${gradeClass(incident.grade)}` }), ` ${gradeName(incident.grade)}`,
          el('span', { class: 'who' }, ` — ${incident.grade_why || ''}`)),
        el('p', { class: 'meta' }, [
          `incident ${incident.id}`, `${incident.date_precision || '?'} date${spread}`,
          incident.actor1 || incident.actor2 ? `${incident.actor1 || '?'} → ${incident.actor2 || '?'}` : null,
          incident.fatalities ? `killed ${incident.fatalities.text}` : null,
          incident.injuries ? `injured ${incident.injuries.text}` : null,
          incident.places?.length ? `places: ${incident.places.join(', ')}` : null].filter(Boolean).join(' · ')),
        el('h3', {}, 'Ceasefire'), el('ul', { class: 'ceasefire-status' }, ...ceasefireLines(incident, register)),
        el('h3', {}, `Accounts (${incident.accounts.length}) — who said so`),
        el('ol', { class: 'accounts' }, ...incident.accounts.map((a) => accountLine(a, onOpenReport))),
        incident.links.length ? el('h3', {}, 'Why they are linked') : null,
        incident.links.length ? el('ul', { class: 'links' }, ...incident.links.map(linkLine)) : null,
        incident.denials.length ? el('h3', {}, 'Denials') : null,
        incident.denials.length ? el('ul', {}, ...incident.denials.map((d) =>
          el('li', {}, `${d.claimant} (${d.side}) denies ${d.account}`))) : null,
        incident.observations.length ? el('h3', {}, 'Observed by monitors') : null,
        incident.observations.length ? el('ul', {}, ...incident.observations.map((o) =>
          el('li', {}, `${o.mission}: ${o.observation.count} ${o.observation.kind} (${o.observation.method}) at ${o.observation.time}`))) : null,
      ].filter(Boolean));
      panel.dataset.incident = incident.id;
      panel.hidden = false;
    },
  };
}
