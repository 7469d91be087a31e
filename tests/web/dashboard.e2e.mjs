// End to end: the seed reports ingested with the real `truce`, served by `truce serve`, and the
// dashboard driven in headless Debian chromium. Markers at Stepanakert, Ganja and Tartar; a
// brush across the timeline that the map follows; a report opened with its evidence highlighted
// and the field and rule shown on hover; markers ringed by grade; an incident's accounts and why
// they are linked; the ceasefire register's tallies; the sitrep and export links; screenshots for
// the README (laptop, incident, report, phone).
// Usage: node dashboard.e2e.mjs --truce BUILD/truce --web BUILD/web --shared SHARED [--shots DIR]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { args, check, createToken, ingest, launchBrowser, serve, skipOrFail, tempDir } from './serve_helpers.mjs';

const options = args();
const seeds = path.join(options.shared, 'seeds');
if (!existsSync(seeds)) skipOrFail(`the seed reports are not at ${seeds}`);
const shots = options.shots;
if (shots) mkdirSync(shots, { recursive: true });

const dir = tempDir();
const db = path.join(dir, 'truce.db');
ingest(options.truce, db, [seeds]);
const token = createToken(options.truce, db, 'e2e-analyst', 'analyst');
// A local feed (no internet) that is empty until the test publishes an item.
let published = false;
const ITEM = `<item><title>Drone strike near Martuni</title><pubDate>Fri, 16 Oct 2020 09:00:00 GMT</pubDate>
<description>An Azerbaijani drone struck a military position near Martuni on Thursday, the Artsakh defence army said.</description></item>`;
const feedServer = http.createServer((req, res) => {
  const etag = published ? '"v1"' : '"empty"';
  if (req.headers['if-none-match'] === etag) { res.writeHead(304); res.end(); return; }
  res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag });
  res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>${published ? ITEM : ''}</channel></rss>`);
});
await new Promise((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
const feeds = path.join(dir, 'feeds.txt');
writeFileSync(feeds, `http://127.0.0.1:${feedServer.address().port}/feed.xml Test Wire\n`);
const inbox = path.join(dir, 'inbox');
const server = await serve(options.truce, db, options.web, ['--inbox', inbox, '--feeds', feeds, '--poll', '1']);
const browser = await launchBrowser();
const failures = [];
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
page.on('pageerror', (error) => failures.push(`page error: ${error.stack}`));
// The review refused on purpose logs its 401, the register its 503 while the monitor's data
// files do not load; any other console error is a failure.
page.on('console', (message) => {
  if (message.type() === 'error' && !/status of (401|503)/.test(message.text())) failures.push(`console: ${message.text()}`);
});

try {
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20000 });
  await page.waitForSelector('#map .dot, #map .cluster');

  // Markers (or clusters of markers) at the three places, placed at their coordinates.
  const places = await page.$$eval('#map [data-place], #map [data-places]', (nodes) => nodes.map((n) => ({
    names: n.dataset.place ? [n.dataset.place] : n.dataset.places.split('|'),
    lat: Number(n.dataset.lat), lon: Number(n.dataset.lon),
  })));
  const near = { Stepanakert: [39.82, 46.75], Ganja: [40.68, 46.36], Tartar: [40.34, 46.93] };
  for (const [name, [lat, lon]] of Object.entries(near)) {
    const found = places.filter((p) => p.names.some((n) => n.includes(name) || (name === 'Tartar' && n.includes('Tərtər'))));
    check(found.length > 0, `a marker at ${name}`);
    for (const p of found.filter((f) => Number.isFinite(f.lat))) {
      check(Math.abs(p.lat - lat) < 0.2 && Math.abs(p.lon - lon) < 0.2, `${name}'s marker is at ${lat}, ${lon}`);
    }
  }
  if (shots) await page.screenshot({ path: path.join(shots, 'dashboard.png'), fullPage: true });

  // Every marker is ringed by its linked incident's grade, which the legend explains; the strike
  // of 14 October on launch sites inside Armenia is acknowledged by both sides.
  const grades = await page.$$eval('#map .dot', (nodes) => nodes.map((n) => n.dataset.grade));
  check(grades.length > 0 && grades.every((g) => g), `every marker carries its incident's grade (${new Set(grades).size} grades shown)`);
  check(await page.$$eval('#legend [data-grade]', (nodes) => nodes.length) === 5, 'the legend explains the five grades');
  const graded = await (await page.request.get(new URL('/api/incidents?grade=acknowledged_by_both&limit=500', server.url).href)).json();
  check(graded.total > 0, `${graded.total} incident(s) acknowledged by both sides`);

  // The register: each ceasefire with its alleged violations and running totals by accused side.
  const register = await page.$$eval('#register tr[data-ceasefire]', (rows) => rows.map((r) => r.textContent));
  check(register.length >= 2 && register.some((r) => /Armenia \d+|Azerbaijan \d+/.test(r)),
    `the ceasefire register lists ${register.length} ceasefires with tallies by accused side`);

  // Where was there shelling on 14 October, who said so, was a ceasefire in force, how well is it
  // confirmed: the day's incidents, and one opened with every account and why they are linked.
  await page.goto(`${server.url}?from=2020-10-14&to=2020-10-14&type=explosions_remote_violence`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('#incident-list .grade-badge');
  const badges = await page.$$eval('#incident-list .grade-badge', (nodes) => nodes.map((n) => ({ id: n.dataset.incident, text: n.textContent })));
  const linked = badges.find((b) => /^[^·]+· ([2-9]|\d\d+) account/.test(b.text)) || badges[0];
  await page.click(`#incident-list .grade-badge[data-incident="${linked.id}"]`);
  await page.waitForSelector('#incident-view:not([hidden]) .accounts li');
  const view = await page.$eval('#incident-view', (n) => ({
    accounts: n.querySelectorAll('.accounts li').length, links: [...n.querySelectorAll('.links li')].map((l) => l.textContent),
    ceasefire: n.querySelector('.ceasefire-status').textContent, grade: n.querySelector('.grade-line').dataset.grade,
    text: n.textContent,
  }));
  check(!/null|undefined/.test(view.text), 'the incident view shows no missing value as "null" or "undefined"');
  check(await page.$eval('select[name="type"]', (s) => s.value) === 'explosions_remote_violence', 'the URL\'s type is shown in the filter');
  check(view.grade && /ceasefire|in force/i.test(view.ceasefire), `incident ${linked.id}: ${view.grade}; ${view.ceasefire.slice(0, 80)}`);
  check(view.accounts >= 2 ? view.links.length >= 1 && view.links.every((l) => /strength/.test(l)) : view.accounts === 1,
    `the incident lists its ${view.accounts} account(s) and explains ${view.links.length} link(s)`);
  check(new URL(page.url()).searchParams.get('incident') === linked.id, 'the incident opened is in the URL');
  if (shots) await page.screenshot({ path: path.join(shots, 'incident.png') });
  await page.click('#incident-view .accounts button');
  await page.waitForSelector('#report:not([hidden]) mark.focus');
  check(true, 'an account opens its report at the incident');

  // The sitrep of the day and the exports of the view, linked from the page.
  const sitrepHref = await page.getAttribute('#sitrep-link', 'href');
  check(/\/api\/sitrep\?date=2020-10-14&format=html/.test(sitrepHref), `the sitrep link names the day (${sitrepHref})`);
  const sitrep = await page.request.get(new URL(sitrepHref, server.url).href);
  check(sitrep.status() === 200 && /text\/html/.test(sitrep.headers()['content-type']) && (await sitrep.text()).includes('2020-10-14'),
    'the sitrep link opens the day\'s report');
  const csvHref = await page.getAttribute('.export-link[data-format="acled-csv"]', 'href');
  const csv = await page.request.get(new URL(csvHref, server.url).href);
  check(csv.status() === 200 && (await csv.text()).startsWith('event_id_cnty,') && csvHref.includes('since=2020-10-14'),
    `the CSV export link follows the filters (${csvHref})`);
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('#map .dot, #map .cluster');

  // Brush the last third of the timeline: the URL takes the range, the map shows fewer markers,
  // and every marker left is dated inside it.
  const before = Number(await page.getAttribute('#map', 'data-markers'));
  const over = await page.$('#timeline .u-over');
  const box = await over.boundingBox();
  await page.mouse.move(box.x + box.width * 0.66, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
  const url = new URL(page.url());
  const [from, to] = [url.searchParams.get('from'), url.searchParams.get('to')];
  const after = Number(await page.getAttribute('#map', 'data-markers'));
  check(after > 0 && after < before, `brushing ${from}..${to} leaves ${after} of ${before} markers`);
  const dates = await page.$$eval('#incident-list .when', (nodes) => nodes.map((n) => n.textContent));
  check(dates.length > 0 && dates.every((d) => d >= from && d <= to), 'every listed incident is inside the brushed range');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  check(Number(await page.getAttribute('#map', 'data-markers')) === after, 'the brushed view survives a reload (filters in the URL)');
  await page.dblclick('#timeline .u-over');
  await page.waitForFunction((n) => Number(document.querySelector('#map').dataset.markers) === n, before);
  check(true, 'a double-click on the timeline clears the range');

  // Open the report behind an incident at Ganja: its evidence is highlighted, and hovering a
  // highlight names the field and the rule.
  await page.fill('input[name="q"]', 'Ganja');
  await page.click('#incident-list .incident button');
  await page.waitForSelector('#report:not([hidden]) mark');
  const marks = await page.$$eval('#report-body mark', (nodes) => nodes.map((n) => ({
    text: n.textContent, field: n.dataset.field, rule: n.dataset.rule, focus: n.classList.contains('focus'),
  })));
  check(marks.some((m) => m.field === 'place' && m.text.includes('Ganja')), 'the place "Ganja" is highlighted as a place');
  check(marks.some((m) => m.focus), 'the incident opened is outlined in the text');
  check(marks.every((m) => m.field && m.rule !== undefined), 'every highlight names its field and rule');
  const place = await page.$('#report-body mark.f-place');
  await place.hover();
  await page.waitForSelector('#span-tip:not([hidden])');
  const tip = await page.textContent('#span-tip');
  check(/place/.test(tip) && /rule: /.test(tip), `hovering shows the field and rule: "${tip.split('\n')[0]}"`);
  if (shots) await page.screenshot({ path: path.join(shots, 'report.png') });

  // Review: rejecting the incident is refused without a token, stored with one; the incident
  // then leaves the list and the trail shows who did what and why.
  const listed = await page.$$eval('#incident-list .incident', (nodes) => nodes.length);
  await page.selectOption('#review select[name="decision"]', 'reject');
  await page.fill('#review input[name="reason"]', 'a wire summary, not a report of shelling');
  await page.fill('#review input[name="token"]', '');
  await page.click('#review button[type="submit"]');
  await page.waitForSelector('.review-result.error');
  check((await page.textContent('.review-result')).includes('refused (401)'), 'a review without a token is refused (401)');
  await page.fill('#review input[name="token"]', token);
  await page.click('#review button[type="submit"]');
  await page.waitForSelector('.review-trail li');
  const trail = await page.textContent('.review-trail');
  check(trail.includes('e2e-analyst: reject incident') && trail.includes('not a report of shelling'), 'the audit trail shows the rejection, who and why');
  await page.waitForFunction((n) => document.querySelectorAll('#incident-list .incident').length === n - 1, listed);
  check(true, 'the rejected incident leaves the list');

  // Continuous intake: a report dropped into the inbox and an item published on the feed appear
  // on the open page without a reload.
  await page.fill('input[name="q"]', '');
  writeFileSync(path.join(inbox, 'goris.txt'), 'Shelling of Goris\n\nAzerbaijani forces shelled the town of Goris in Armenia on Monday, the Armenian defence ministry said.\n');
  await page.waitForSelector('html[data-reports="6"]', { state: 'attached', timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('#incident-list').textContent.includes('Goris'));
  check(true, 'a report dropped into the inbox appears on the open page (Goris)');
  published = true;
  await page.waitForSelector('html[data-reports="7"]', { state: 'attached', timeout: 30000 });
  await page.waitForSelector('#map [data-report="7"], #map .cluster', { state: 'attached' });
  const intake = await (await fetch(new URL('/api/intake', server.url))).json();
  check(intake.feeds[0].last_result.startsWith('200: 1 new') || intake.feeds[0].last_result === '304 not modified',
    `the feed was fetched with conditional requests (${intake.feeds[0].last_result}), the inbox took ${intake.files_taken} file`);

  // An analyst's write made elsewhere (a ceasefire declared over the API) shows on the open page
  // without a reload: the register gains it.
  const declared = await page.request.post(new URL('/api/ceasefire-register', server.url).href, {
    headers: { Authorization: `Bearer ${token}` },
    data: { name: 'Humanitarian truce (declared in the test)', from: '2020-10-18T00:00+04:00', area: 'AZ,AM', note: 'e2e' },
  });
  check(declared.status() === 201, `a ceasefire is declared over the API (${declared.status()})`);
  await page.waitForSelector('#register tr[data-ceasefire^="declared:"]', { timeout: 30000 });
  check(true, 'the declared ceasefire appears in the open page\'s register without a reload');

  // A phone: everything stacked, nothing wider than the screen.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.goto(`${server.url}?category=tanks`);
  await phone.waitForSelector('html[data-ready="true"]');
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `on a phone the page is no wider than the screen (overflow ${overflow}px)`);
  if (shots) await phone.screenshot({ path: path.join(shots, 'dashboard-phone.png'), fullPage: true });

  check(failures.length === 0, `no errors in the page${failures.length ? `: ${failures.join('; ')}` : ''}`);
} finally {
  await browser.close();
  server.stop();
  feedServer.close();
}
console.log('dashboard end-to-end: all checks passed');
