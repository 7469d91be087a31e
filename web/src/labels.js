// Human names for the API's codes, and the colour class of each incident type.
export const TYPE_NAMES = {
  battles: 'Battles',
  explosions_remote_violence: 'Explosions / remote violence',
  violence_against_civilians: 'Violence against civilians',
  strategic_developments: 'Strategic developments',
  protests: 'Protests',
  riots: 'Riots',
};

export function typeName(type) {
  return TYPE_NAMES[type] || type.replaceAll('_', ' ');
}

export function typeClass(type) {
  return `t-${TYPE_NAMES[type] ? type : 'other'}`;
}

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function placesOf(event) {
  return (event.places || []).filter((p) => p.place && Number.isFinite(p.place.lat));
}

// The monitor's corroboration grades, strongest first (docs/monitor.md), and how each reads.
export const GRADE_NAMES = {
  observer_confirmed: 'Confirmed by observers',
  acknowledged_by_both: 'Acknowledged by both sides',
  reported_independently: 'Reported independently',
  claimed_by_one_party: 'Claimed by one party',
  contested: 'Contested (denied)',
};

export function gradeName(grade) {
  return GRADE_NAMES[grade] || 'Not graded';
}

export function gradeClass(grade) {
  return `g-${GRADE_NAMES[grade] ? grade : 'none'}`;
}
