// The report view: the report's text with the span behind every extracted field highlighted;
// hovering a highlight shows the fact, the field, its value and the rule that produced it.
import { getJson } from './api.js';
import { el } from './labels.js';
import { createReviewForm } from './review.js';

// Splits `body` at every span boundary; each piece carries the spans covering it, innermost
// (shortest) first.
function pieces(body, spans) {
  const cuts = new Set([0, body.length]);
  for (const s of spans) { cuts.add(s.begin); cuts.add(s.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= body.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.begin <= from && s.end >= to)
      .sort((a, b) => (a.end - a.begin) - (b.end - b.begin));
    out.push({ text: body.slice(from, to), covering });
  }
  return out;
}

function describe(span) {
  return `${span.kind} ${span.fact} · ${span.field}${span.value ? `: ${span.value}` : ''} · rule: ${span.rule || '—'}`;
}

export function createReportView(elements) {
  const { panel, title, meta, legend, body, tip, review, onReviewed } = elements;
  const reviewForm = createReviewForm(review, (id) => { onReviewed(); view.open(id); });

  body.addEventListener('mouseover', (event) => {
    const mark = event.target.closest('mark');
    if (!mark) { tip.hidden = true; return; }
    tip.textContent = mark.dataset.describe;
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const host = panel.getBoundingClientRect();
    tip.style.left = `${Math.max(0, box.left - host.left)}px`;
    tip.style.top = `${box.bottom - host.top + panel.scrollTop + 4}px`;
  });
  body.addEventListener('mouseleave', () => { tip.hidden = true; });

  const view = {
    async open(id, fact) {
      const report = await getJson(`/api/reports/${id}`);
      title.textContent = report.title || `report ${report.id}`;
      meta.textContent = [`report ${report.id}`, report.source, report.published,
        report.duplicate_of ? `near-duplicate of report ${report.duplicate_of}` : null, report.url].filter(Boolean).join(' · ');
      const x = report.extraction || { incidents: [], claims: [], ceasefires: [], denials: [] };
      legend.textContent = `${x.incidents.length} incidents, ${x.claims.length} claims, ${x.ceasefires.length} ceasefire mentions, ${x.denials.length} denials — hover a highlight for its field and rule`;
      body.replaceChildren(...pieces(report.body, report.evidence).map((p) => {
        if (!p.covering.length) return document.createTextNode(p.text);
        const inner = p.covering[0];
        const facts = [...new Set(p.covering.map((s) => s.fact))];
        return el('mark', {
          class: `k-${inner.kind} f-${inner.field}${fact && facts.includes(fact) ? ' focus' : ''}`,
          'data-fact': facts.join(' '),
          'data-field': inner.field,
          'data-rule': inner.rule,
          'data-describe': p.covering.map(describe).join('\n'),
          title: p.covering.map(describe).join('\n'),
        }, p.text);
      }));
      reviewForm.show(report, fact);
      panel.hidden = false;
      panel.dataset.report = String(report.id);
      const focus = body.querySelector('mark.focus');
      if (focus) focus.scrollIntoView({ block: 'center' });
      else panel.scrollTop = 0;
    },
    close() { panel.hidden = true; delete panel.dataset.report; },
  };
  return view;
}
