// The packed package bundled by Vite into a user's app, running in headless Chromium.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { installPackedPackage } from '../../scripts/lib/packed-package.mjs';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, openPage } from '../../scripts/lib/chromium.mjs';

let server, browser;
after(async () => {
  await browser?.close();
  server?.close();
});

test('an app built with Vite imports the package by name and parses in Chromium', async () => {
  const folder = installPackedPackage();
  cpSync(fileURLToPath(new URL('./vite-app', import.meta.url)), join(folder, 'app'), { recursive: true });
  await build({ root: join(folder, 'app'), logLevel: 'silent', build: { outDir: join(folder, 'out'), target: 'es2022' } });
  server = createStaticServer({ mounts: { '/': join(folder, 'out') } });
  const base = await listen(server);
  browser = await launchChromium();
  const { page, errors } = await openPage(browser);
  await page.goto(`${base}/index.html`);
  const result = await page.waitForFunction(() => window.result).then((handle) => handle.jsonValue());
  assert.deepEqual(result, { ticketId: 'BKT-7', priority: 2, chatId: '919537851844@c.us', kind: 'syntax' });
  assert.deepEqual(errors, []);
});
