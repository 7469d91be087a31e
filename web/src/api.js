// Reading the truce API: one JSON document, or every page of a listing. The token this tab was
// given (the header's token field, or the review form's) goes with every request, for servers
// whose reads need one (`truce serve --read-token-required`).
export function tokenHeaders() {
  const token = sessionStorage.getItem('truce-token');
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json', ...tokenHeaders() } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.message || `${response.status} ${response.statusText}`;
    throw new Error(`${path}: ${message}`);
  }
  return body;
}

export async function getAll(path) {
  const items = [];
  const separator = path.includes('?') ? '&' : '?';
  for (let offset = 0; offset !== null && offset !== undefined;) {
    const page = await getJson(`${path}${separator}limit=500&offset=${offset}`);
    items.push(...page.items);
    offset = page.next_offset;
  }
  return items;
}
