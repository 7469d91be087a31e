// Builds the dashboard from web/ into build/web (or $TRUCE_WEB_OUT): nothing generated lands in
// the source tree. No inline script (the server's Content-Security-Policy forbids it).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: process.env.TRUCE_WEB_OUT || path.join(here, '..', 'build', 'web'),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
