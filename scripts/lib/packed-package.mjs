// Packs the package with `npm pack` and installs the tarball into an empty folder, as a user
// would get it from the registry. Used by tests/node/npm-pack.test.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The files `npm pack` would publish, from its JSON report. */
export function packedFiles() {
  const [report] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root));
  return report.files.map((file) => file.path).sort();
}

/** A fresh folder with the packed package installed in node_modules; resolves to its path. */
export function installPackedPackage() {
  const folder = mkdtempSync(join(tmpdir(), 'periskope-wasm-packed-'));
  const [report] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', folder], root));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(folder, report.filename)], folder);
  return folder;
}
