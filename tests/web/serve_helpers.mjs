// Helpers for the browser tests: a store made from reports with the real `truce ingest`, a
// `truce serve` on a free port, and a headless Debian chromium driven by playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const SKIP = 77;  // CTest's SKIP_RETURN_CODE for these tests

export function skipOrFail(message) {
  if (process.env.CI === 'true') {
    console.error(`FAIL: CI=true but ${message}`);
    process.exit(1);
  }
  console.log(`SKIP: ${message}`);
  process.exit(SKIP);
}

export function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i + 1 < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  return out;
}

export function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'truce-web-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function ingest(truce, db, inputs) {
  const run = spawnSync(truce, ['--db', db, '--quiet', 'ingest', ...inputs], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`truce ingest failed (${run.status}): ${run.stderr}`);
}

// Creates a token with `truce token create`; returns its secret.
export function createToken(truce, db, name, role) {
  const run = spawnSync(truce, ['--db', db, '--quiet', 'token', 'create', '--name', name, '--role', role], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`truce token create failed (${run.status}): ${run.stderr}`);
  return run.stdout.trim();
}

// Starts `truce serve` on a free port; resolves to { url, stop }.
export function serve(truce, db, web, extra = []) {
  const child = spawn(truce, ['--db', db, 'serve', '--listen', '127.0.0.1:0', '--web', web, ...extra],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  process.on('exit', () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) resolve({ url: match[1], stop: () => child.kill('SIGTERM'), child });
    });
    child.on('exit', (code) => reject(new Error(`truce serve exited with ${code}: ${out}`)));
  });
}

export const CHROMIUM = process.env.TRUCE_CHROMIUM || '/usr/bin/chromium';

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) skipOrFail(`${CHROMIUM} is not installed (scripts/install-deps.sh installs it)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  console.log(`ok - ${message}`);
}
