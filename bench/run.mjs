// npm run bench: one Node process, every contender on the same input text. For each workload:
// check every contender's output against this package's (deepStrictEqual) or, for the invalid
// workload, that it rejects it and names every problem; warm up; then rounds of short timed
// runs, every contender once per round, back to back (so that noise from other jobs falls on
// every contender alike). ops/s: the median run; ratios: the median of the rounds' ratios.
// Also: gzipped sizes, instantiation time in Node and in headless Chromium, wasm memory.
// Writes bench/results/latest.json and prints Markdown tables. Speed goals are informational:
// the run exits 0 whether they pass or fail (it exits 1 only if it could not measure).
//
// Options (environment): BENCH_RUNS (25 rounds), BENCH_MS (100, per timed run), BENCH_WARMUP_MS (600),
// BENCH_ONLY=ticket-info,chat (workload ids), BENCH_NO_BROWSER=1, BENCH_QUICK=1 (5 rounds of 60 ms).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { existsSync, statSync } from 'node:fs';
import { edgeCases, workloads } from './workloads.mjs';
import { u32Bytes } from '../scripts/lib/leb128.mjs';
import { defaultEntry, measureSizes } from '../scripts/size.mjs';
import * as ajv from './contenders/ajv.mjs';
import * as zod4 from './contenders/zod4.mjs';
import * as valibot from './contenders/valibot.mjs';
import * as zod3 from './contenders/zod3.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Another engineer's `node scripts/build.mjs` may be rewriting dist/ right now: wait for its lock.
const buildLock = join(root, 'target', '.build-lock');
for (let waited = 0; existsSync(buildLock) || !existsSync(join(root, 'dist/index.js')); waited += 500) {
  const stale = existsSync(buildLock) && Date.now() - statSync(buildLock).mtimeMs > 10 * 60 * 1000;
  if (stale || waited > 5 * 60 * 1000) break;
  if (waited === 0) console.log('waiting for a build of dist/ to finish...');
  await new Promise((resolve) => setTimeout(resolve, 500));
}
const pkg = await import('periskope-wasm');
const env = process.env;
const QUICK = env.BENCH_QUICK === '1';
const RUNS = Number(env.BENCH_RUNS ?? (QUICK ? 5 : 25));
const RUN_MS = Number(env.BENCH_MS ?? (QUICK ? 60 : 100));
const WARMUP_MS = Number(env.BENCH_WARMUP_MS ?? (QUICK ? 200 : 600));
const ONLY = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',')) : null;
const PACKAGE = 'periskope-wasm';
const LIBRARIES = [ajv, zod4, valibot, zod3];

const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const opsText = (n) => (n >= 100 ? fmt(n) : n >= 10 ? fmt(n, 1) : fmt(n, 2));
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const log = (...args) => console.log(...args);
let sink; // results are kept here so that no call can be optimised away

// ---------------------------------------------------------------------------------------------
// The contenders: `valid(text)` returns the parsed, validated, normalised value (throws if
// invalid); `invalid(text)` returns the problems found, as paths.

const pathOf = (segments) => JSON.stringify(segments.map(String));

function packageContender(fnName, validator) {
  const parse = pkg[fnName];
  if (typeof parse !== 'function') return null;
  const validate = (input) => {
    const result = parse(input);
    if (!result.success) throw Object.assign(new Error('invalid'), { issues: result.issues });
    return result.data;
  };
  return {
    name: PACKAGE,
    valid: validator ? validate : (text) => parse(text),
    invalid: (text) => {
      try {
        parse(text);
      } catch (error) {
        if (!(error instanceof pkg.PeriskopeError)) throw error;
        return error.issues ?? [];
      }
      throw new Error('accepted an invalid payload');
    },
    paths: (issues) => issues.map((issue) => issue.path),
  };
}

function contendersFor(workload) {
  // The floor: what the least any contender does costs (read the text; copy the object).
  const list = workload.object
    ? [{ name: 'structuredClone', floor: true, valid: (value) => structuredClone(value) }]
    : [{ name: 'JSON.parse', floor: true, valid: (text) => JSON.parse(text), invalid: (text) => JSON.parse(text) }];
  const own = packageContender(workload.parse, workload.validator);
  if (own) list.push(own);
  for (const lib of LIBRARIES) {
    const schema = lib[workload.schema];
    if (workload.object) list.push({ name: lib.name, valid: lib.parseObject(schema) });
    else list.push({ name: lib.name, valid: lib.parse(schema), invalid: lib.issues(schema), paths: (x) => x });
  }
  return { list, own };
}

/** What every contender is given: the text, or for an object workload the one object parsed from it. */
const inputOf = (workload) => (workload.object ? (workload.parsed ??= JSON.parse(workload.text)) : workload.text);

// ---------------------------------------------------------------------------------------------
// Correctness first: a contender that checks less or normalises differently is caught here.

function checkEdgeCases() {
  const rows = [];
  for (const c of edgeCases()) {
    const outcome = (fn) => {
      try {
        return { ok: true, value: fn(c.text) };
      } catch (error) {
        return { ok: false, error: String(error.message ?? error).split('\n')[0].slice(0, 120) };
      }
    };
    const expected = outcome(pkg[c.parse]);
    const row = { title: c.title, blind: !!c.blind, package: expected.ok ? 'accepts' : 'rejects', contenders: {} };
    for (const lib of LIBRARIES) {
      const got = outcome(lib.parse(lib[c.model]));
      let agree = got.ok === expected.ok;
      if (agree && got.ok) {
        try {
          assert.deepStrictEqual(got.value, expected.value);
        } catch {
          agree = false;
        }
      }
      row.contenders[lib.name] = agree ? 'same' : got.ok ? (expected.ok ? 'different value' : 'accepts') : 'rejects';
    }
    rows.push(row);
  }
  return rows;
}

function checkWorkload(workload, contenders, own) {
  const checks = {};
  if (workload.valid) {
    let reference;
    let against;
    const input = inputOf(workload);
    const before = JSON.stringify(input);
    if (own) {
      reference = own.valid(input);
      against = PACKAGE;
    } else {
      // No package function to compare with: the contenders are checked against ajv's output.
      reference = ajv.parse(ajv[workload.schema])(workload.text);
      against = 'ajv 8 (no package output)';
    }
    for (const c of contenders) {
      if (c.floor || c.name === PACKAGE) continue;
      try {
        const output = c.valid(input);
        assert.deepStrictEqual(output, reference);
        if (workload.object) {
          assert.notEqual(output, input, 'returns the object it was given');
          assert.equal(JSON.stringify(input), before, 'changed the object it was given');
        }
        checks[c.name] = { ok: true, against };
      } catch (error) {
        checks[c.name] = { ok: false, against, error: String(error.message).split('\n').slice(0, 12).join('\n') };
      }
    }
    if (workload.object && JSON.stringify(input) !== before) checks[PACKAGE] = { ok: false, error: 'changed the object it was given' };
    return checks;
  }
  // Invalid: every contender must reject and report every problem the package reports.
  const expected = own ? own.paths(own.invalid(workload.text)).map(pathOf) : null;
  if (expected && expected.length !== workload.problems) {
    checks[PACKAGE] = { ok: false, error: `reports ${expected.length} issues, the workload has ${workload.problems}` };
  } else if (expected) {
    checks[PACKAGE] = { ok: true, issues: expected.length };
  }
  for (const c of contenders) {
    if (c.floor || c.name === PACKAGE) continue;
    let rejected = false;
    try {
      c.valid(workload.text);
    } catch {
      rejected = true;
    }
    const found = new Set(c.paths(c.invalid(workload.text)).map(pathOf));
    const missing = (expected ?? []).filter((p) => !found.has(p));
    checks[c.name] = rejected && missing.length === 0 && found.size > 0
      ? { ok: true, issues: found.size }
      : { ok: false, error: rejected ? `does not report ${missing.join(', ')}` : 'accepts the invalid payload' };
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------
// Timing.

/** Calls fn(input) for at least `ms` milliseconds and at least 5 times; returns calls per second. */
function timed(fn, input, ms) {
  let calls = 0;
  const start = now();
  let elapsed = 0;
  do {
    sink = fn(input);
    calls++;
    elapsed = now() - start;
  } while (elapsed < ms || calls < 5);
  return (calls / elapsed) * 1000;
}

/**
 * This package's ops/s over the contender's, round by round, and the median of those ratios.
 * Both runs of a round were taken back to back: a burst of load from elsewhere that slows one
 * round slows both sides of its ratio, where a ratio of the two medians would take it whole.
 */
function pairedRatio(own, other) {
  return median(own.map((ops, round) => ops / other[round]));
}

function benchWorkload(workload, contenders) {
  const fn = (c) => (workload.valid ? c.valid : c.invalid);
  const input = inputOf(workload);
  for (const c of contenders) timed(fn(c), input, WARMUP_MS);
  const samples = new Map(contenders.map((c) => [c.name, []]));
  for (let run = 0; run < RUNS; run++) {
    // rotate the order every run: no contender always follows the same one (GC debt, caches)
    for (let i = 0; i < contenders.length; i++) {
      const c = contenders[(i + run) % contenders.length];
      // samples[round] of every contender come from the same round: see pairedRatio
      samples.get(c.name).push(timed(fn(c), input, RUN_MS));
    }
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------
// Size, instantiation, memory.


/**
 * The module's bytes with a trailing custom section holding `nonce`: the same code, but wire
 * bytes V8 has not seen, so its in-process module cache cannot serve a compile from an earlier one.
 */
function uniqueModuleBytes(bytes, nonce) {
  const name = Buffer.from('bench-nonce');
  const payload = Buffer.from(String(nonce));
  const body = Buffer.concat([Buffer.from([name.length]), name, payload]);
  return Buffer.concat([bytes, Buffer.from([0, ...u32Bytes(body.length)]), body]);
}

// One fresh Node process per sample (a module is instantiated once per process): the time of
// `initSync()` on the default entry (unpack the embedded module, compile, instantiate), then of
// the first parse; and, in processes of their own, `initSync({ module: bytes })` on the slim
// entry (compile and instantiate bytes already read).
async function nodeInstantiation(count) {
  const { execFileSync } = await import('node:child_process');
  const text = join(root, 'tests/fixtures/ticket-info.get-ticket.json');
  const sample = (entry, code) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `
    import { readFileSync } from 'node:fs';
    const pkg = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', entry)).href)});
    const text = readFileSync(${JSON.stringify(text)}, 'utf8');
    const wasm = readFileSync(${JSON.stringify(join(root, 'dist/periskope_wasm_bg.wasm'))});
    let t = performance.now();
    ${code};
    const init = performance.now() - t;
    t = performance.now();
    pkg.parseTicketInfo(text);
    console.log(JSON.stringify({ init, firstParse: performance.now() - t }));`], { encoding: 'utf8' }));
  const embedded = [];
  const slim = [];
  for (let i = 0; i < count; i++) {
    embedded.push(sample('index.js', 'pkg.initSync()'));
    slim.push(sample('slim.js', 'pkg.initSync({ module: wasm })'));
  }
  return {
    what: 'a fresh node process per sample: initSync() of the default entry (base64 and inflate the embedded module, compile, instantiate); initSync({ module: bytes }) of the slim entry (compile, instantiate)',
    defaultEntryMs: median(embedded.map((s) => s.init)),
    slimBytesMs: median(slim.map((s) => s.init)),
    firstParseMs: median(embedded.map((s) => s.firstParse)),
    samples: { embedded, slim },
  };
}

async function chromiumInstantiation(loads) {
  const { launchChromium } = await import('../scripts/lib/chromium.mjs');
  const { createStaticServer, listen } = await import('../scripts/lib/static-server.mjs');
  const server = createStaticServer({ mounts: { '/': root } });
  const base = await listen(server);
  const browser = await launchChromium();
  const samples = [];
  try {
    for (let i = 0; i < loads; i++) {
      const result = {};
      for (const entry of ['default', 'slim']) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${base}/bench/chromium/instantiate.html?entry=${entry}&nonce=${i}-${Date.now()}`);
        const measured = await page.waitForFunction(() => window.benchResult, null, { timeout: 30000 }).then((h) => h.jsonValue());
        await context.close();
        if (measured.error) throw new Error(measured.error);
        Object.assign(result, measured);
      }
      samples.push(result);
    }
    const version = browser.version();
    return {
      what: 'in a fresh browser context per page load, the modules already imported: initSync() of the default entry (unpack the embedded module, compile, instantiate), then the first parseTicketInfo of the 3 KB fixture; in another fresh context, await init(bytes) of the slim entry with the .wasm bytes already fetched (made unique per load), then WebAssembly.compile(other unique bytes) alone; performance.now() in a page that is not cross-origin isolated (coarsened to 0.1 ms)',
      browser: `Chromium ${version}`,
      initMs: median(samples.map((s) => s.defaultInitMs)),
      slimInitMs: median(samples.map((s) => s.slimInitMs)),
      compileOnlyMs: median(samples.map((s) => s.compileMs)),
      firstParseMs: median(samples.map((s) => s.firstParseMs)),
      samples,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

function memoryFacts(ticketList, valid, invalid, total) {
  // initSync returns the already initialised module's exports, `memory` included
  const { memory } = pkg.initSync();
  const bytes = () => memory.buffer.byteLength;
  const atStart = bytes();
  sink = pkg.parseTicketList(ticketList);
  const afterList = bytes();
  const checkpoints = [];
  for (let i = 0; i < total; i++) {
    if (i % 2 === 0) sink = pkg.parseTicketInfo(valid);
    else {
      try {
        pkg.parseTicketInfo(invalid);
      } catch (error) {
        sink = error;
      }
    }
    if ((i + 1) % (total / 4) === 0) checkpoints.push({ parses: i + 1, bytes: bytes() });
  }
  const afterMany = bytes();
  const secondHalfGrowth = afterMany - checkpoints[1].bytes;
  return { atStart, afterList, afterMany, parses: total, checkpoints, secondHalfGrowth };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = new Date();
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    loadavgAtStart: os.loadavg().map((x) => +x.toFixed(2)),
  };
  log(`# periskope-wasm benchmark (${started.toISOString()})`);
  log(`${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}; load average ${machine.loadavgAtStart.join(' ')}`);
  log(`method: ${WARMUP_MS} ms of warm-up each, then ${RUNS} rounds of one timed run of ≥${RUN_MS} ms per contender, back to back in a rotating order; ops/s: median run; ratios: median of the rounds' ratios\n`);

  // ---- conformance of the contenders on small edge cases
  const edges = checkEdgeCases();
  const edgeProblems = edges.filter((row) => !row.blind && Object.values(row.contenders).some((v) => v !== 'same'));
  log(`## Conformance: ${edges.length} edge cases (README rules) on every contender`);
  for (const row of edges) {
    const bad = Object.entries(row.contenders).filter(([, v]) => v !== 'same');
    if (row.blind) log(`- ${row.title}: ${PACKAGE} ${row.package}; ${bad.map(([n, v]) => `${n} ${v}`).join(', ') || 'all the same'} (JSON.parse cannot see it)`);
    else if (bad.length) log(`- MISMATCH ${row.title}: ${PACKAGE} ${row.package}; ${bad.map(([n, v]) => `${n} ${v}`).join(', ')}`);
  }
  log(edgeProblems.length ? `${edgeProblems.length} edge cases differ (see above)\n` : `all contenders agree with ${PACKAGE} on the ${edges.length - edges.filter((r) => r.blind).length} others\n`);

  // ---- memory before anything else has run through the module
  const all = workloads();
  const byId = Object.fromEntries(all.map((w) => [w.id, w]));
  const memory = memoryFacts(byId['ticket-list'].text, byId['ticket-info'].text, byId.invalid.text, 100_000);

  // ---- throughput
  const results = [];
  for (const workload of all) {
    if (ONLY && !ONLY.has(workload.id)) continue;
    const bytes = Buffer.byteLength(workload.text);
    const { list, own } = contendersFor(workload);
    log(`## ${workload.title} (${fmt(bytes)} bytes)`);
    if (!own) log(`note: ${PACKAGE} has no ${workload.parse}() in this build: skipped; the contenders are checked against ajv's output instead`);
    const checks = checkWorkload(workload, list, own);
    for (const [name, check] of Object.entries(checks)) {
      if (!check.ok) log(`CHECK FAILED ${name}: ${check.error}`);
    }
    const samples = benchWorkload(workload, list);
    const ownRuns = own ? samples.get(PACKAGE) : null;
    const rows = list.map((c) => {
      const runs = samples.get(c.name);
      const ops = median(runs);
      return {
        contender: c.name,
        opsPerSec: ops,
        mbPerSec: (ops * bytes) / 1e6,
        microsPerOp: 1e6 / ops,
        spread: (Math.max(...runs) - Math.min(...runs)) / ops,
        packageRatio: ownRuns ? pairedRatio(ownRuns, runs) : null,
        check: c.floor ? 'floor' : c.name === PACKAGE ? (checks[PACKAGE]?.ok === false ? 'FAILED' : 'reference') : checks[c.name].ok ? 'ok' : 'FAILED',
        runs,
      };
    });
    log('| contender | ops/s | MB/s | µs/op | run spread | periskope-wasm is | checked |');
    log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const r of rows) {
      const ratio = r.packageRatio == null ? 'n/a' : r.contender === PACKAGE ? '1' : `${r.packageRatio.toFixed(2)}×`;
      log(`| ${r.contender} | ${opsText(r.opsPerSec)} | ${fmt(r.mbPerSec, 1)} | ${fmt(r.microsPerOp, 1)} | ${(r.spread * 100).toFixed(0)}% | ${ratio} | ${r.check} |`);
    }
    log('');
    results.push({ id: workload.id, title: workload.title, bytes, valid: workload.valid, object: !!workload.object, packageFunction: workload.parse, packageMeasured: !!own, checks, rows });
  }

  // ---- size and instantiation
  const size = measureSizes();
  log('## Size (gzip -9, as npm run size: each entry and every file it loads)');
  for (const entry of size) log(`${entry.name}: ${kb(entry.raw)} raw, ${kb(entry.gzip)} gzipped`);
  log('');

  const node = await nodeInstantiation(QUICK ? 5 : 15);
  log('## Instantiation');
  log(`Node: default entry initSync() ${node.defaultEntryMs.toFixed(2)} ms, slim initSync(bytes) ${node.slimBytesMs.toFixed(2)} ms, first parse after it ${node.firstParseMs.toFixed(2)} ms (medians of ${node.samples.embedded.length} processes)`);
  let chromium = null;
  if (env.BENCH_NO_BROWSER === '1') log('Chromium: skipped (BENCH_NO_BROWSER=1)');
  else {
    try {
      chromium = await chromiumInstantiation(QUICK ? 3 : 9);
      log(`${chromium.browser}: default entry initSync() ${chromium.initMs.toFixed(2)} ms, slim await init(bytes) ${chromium.slimInitMs.toFixed(2)} ms, WebAssembly.compile alone ${chromium.compileOnlyMs.toFixed(2)} ms, first parse ${chromium.firstParseMs.toFixed(2)} ms (medians of ${chromium.samples.length} page loads)`);
    } catch (error) {
      log(`Chromium: not measured (${String(error.message ?? error).split('\n')[0]})`);
    }
  }
  log('');
  log('## wasm memory (memory.buffer.byteLength)');
  log(`at start ${kb(memory.atStart)}; after parsing the 2,000-ticket list ${kb(memory.afterList)}; after ${fmt(memory.parses)} more parses (valid and invalid ticket info, alternating) ${kb(memory.afterMany)}; growth over the last ${fmt(memory.parses / 2)} parses: ${fmt(memory.secondHalfGrowth)} bytes\n`);

  // ---- targets of issue 8
  const ratio = (id, name) => results.find((r) => r.id === id)?.rows.find((r) => r.contender === name)?.packageRatio ?? null;
  const targets = [];
  const ratioTarget = (target, id, name, min) => {
    const value = ratio(id, name);
    targets.push({ target, value: value == null ? null : +value.toFixed(3), unit: '×', pass: value == null ? null : value >= min });
  };
  for (const id of ['ticket-info', 'ticket-list']) {
    for (const [name, min] of [['zod 4', 1], ['valibot 1', 1], ['ajv 8', 0.6]]) {
      ratioTarget(`${id}: ${PACKAGE} ≥ ${min === 1 ? '' : min + ' × '}JSON.parse + ${name}`, id, name, min);
    }
  }
  // Issue 18: text further ahead of ajv; objects at least as fast as zod 4 and valibot given the same object.
  for (const [id, name, min] of [
    ['ticket-info', 'ajv 8', 0.7], ['ticket-list', 'ajv 8', 0.7],
    ['ticket-info-object', 'zod 4', 1], ['ticket-info-object', 'valibot 1', 1], ['ticket-list-object', 'zod 4', 1], ['ticket-list-object', 'valibot 1', 1],
  ]) {
    const what = id.endsWith('-object') ? `${id}: ${PACKAGE} ≥ ${name}, the same object (issue 18)` : `${id}: ${PACKAGE} ≥ ${min} × JSON.parse + ${name} (issue 18)`;
    ratioTarget(what, id, name, min);
  }
  const browserEntry = defaultEntry(size);
  targets.push({ target: 'default browser entry, every file it loads, gzipped < 80 KB', value: +(browserEntry.gzip / 1024).toFixed(1), unit: 'KB', pass: browserEntry.gzip < 80 * 1024 });
  targets.push({ target: 'default browser entry, every file it loads, gzipped ≤ 64 KB (issue 18)', value: +(browserEntry.gzip / 1024).toFixed(1), unit: 'KB', pass: browserEntry.gzip <= 64 * 1024 });
  // Issue 8 measured `await init(bytes)`: the slim entry's instantiation. The default entry also
  // unpacks the module it carries; issue 18 asks for that first use under 10 ms as well.
  targets.push({ target: 'instantiation in Chromium, `await init(bytes)` (slim entry) < 10 ms', value: chromium ? +chromium.slimInitMs.toFixed(2) : null, unit: 'ms', pass: chromium ? chromium.slimInitMs < 10 : null });
  targets.push({ target: 'first use of the default entry in Chromium (unpack, compile, instantiate) < 10 ms (issue 18)', value: chromium ? +chromium.initMs.toFixed(2) : null, unit: 'ms', pass: chromium ? chromium.initMs < 10 : null });
  targets.push({ target: 'wasm memory bounded (no growth over the last 50,000 parses)', value: memory.secondHalfGrowth, unit: 'bytes', pass: memory.secondHalfGrowth === 0 });
  const allChecks = results.flatMap((r) => Object.values(r.checks)).every((c) => c.ok) && edgeProblems.length === 0;
  targets.push({ target: 'every contender checked equal to the package (outputs, rejections, edge cases)', value: null, unit: '', pass: allChecks });

  // ---- the table the README quotes
  log('## Summary (for the README)');
  log(summaryMarkdown(results, size, node, chromium, memory, machine));
  log('## Targets (issues 8, 14 and 18; informational)');
  for (const t of targets) {
    const shown = t.unit === '' ? (t.pass ? 'yes' : 'no') : t.value == null ? 'not measured' : `${t.value}${t.unit === '×' ? '×' : ' ' + t.unit}`;
    log(`${t.pass == null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${shown}`);
  }

  machine.loadavgAtEnd = os.loadavg().map((x) => +x.toFixed(2));
  const out = {
    started: started.toISOString(),
    durationSeconds: +((Date.now() - started.getTime()) / 1000).toFixed(1),
    machine,
    method: { runs: RUNS, runMs: RUN_MS, warmupMs: WARMUP_MS, statistic: 'ops/s: median of runs; ratio: median over rounds of the two runs\' ratio', mb: '10^6 bytes of UTF-8 input', order: 'rounds, every contender once per round, order rotated every round' },
    versions: Object.fromEntries(['ajv', 'zod', 'zod3', 'valibot', 'playwright-core'].map((name) => [name, JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version])),
    packageVersion: pkg.version?.() ?? null,
    edgeCases: edges,
    workloads: results,
    size,
    instantiation: { node, chromium },
    memory,
    targets,
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(out, null, 2) + '\n');
  log(`\nwrote bench/results/latest.json (${out.durationSeconds} s; load average at the end ${machine.loadavgAtEnd.join(' ')})`);
}

function summaryMarkdown(results, size, node, chromium, memory, machine) {
  const lines = [];
  const fromText = results.filter((r) => !r.object);
  const fromObjects = results.filter((r) => r.object);
  if (fromText.length) {
    const names = ['JSON.parse', 'ajv 8', 'zod 4', 'valibot 1', 'zod 3'];
    lines.push(`From JSON text:\n`);
    lines.push(`| workload | ${PACKAGE} | ${names.map((n) => (n === 'JSON.parse' ? 'JSON.parse alone' : `JSON.parse + ${n}`)).join(' | ')} |`);
    summaryRows(lines, fromText, names);
  }
  if (fromObjects.length) {
    const names = ['structuredClone', 'ajv 8', 'zod 4', 'valibot 1', 'zod 3'];
    lines.push(`${fromText.length ? '\n' : ''}From an already parsed object (every contender given the same one; ajv, which normalises in place, a structuredClone of it):\n`);
    lines.push(`| workload | ${PACKAGE} | ${names.map((n) => (n === 'structuredClone' ? 'structuredClone alone' : n)).join(' | ')} |`);
    summaryRows(lines, fromObjects, names);
  }
  return summaryFooter(lines, size, node, chromium, memory, machine);
}

function summaryRows(lines, results, names) {
  lines.push(`| --- | ---: | ${names.map(() => '---:').join(' | ')} |`);
  for (const r of results) {
    const own = r.rows.find((x) => x.contender === PACKAGE);
    const cells = names.map((n) => {
      const row = r.rows.find((x) => x.contender === n);
      if (!row) return 'n/a';
      const flag = row.check === 'FAILED' ? ' (check failed)' : '';
      return own ? `${opsText(row.opsPerSec)}/s (${row.packageRatio.toFixed(2)}×)${flag}` : `${opsText(row.opsPerSec)}/s${flag}`;
    });
    lines.push(`| ${r.title}, ${kb(r.bytes)} | ${own ? `${opsText(own.opsPerSec)}/s` : 'not built yet'} | ${cells.join(' | ')} |`);
  }
}

function summaryFooter(lines, size, node, chromium, memory, machine) {
  lines.push('');
  lines.push(`Parses per second (median of ${RUNS} runs); in brackets, ${PACKAGE}'s throughput divided by that contender's, the median of the ${RUNS} rounds' ratios (above 1: ${PACKAGE} is faster). `
    + `Machine: ${machine.cpus} × ${machine.cpu}, Node ${machine.node}.`);
  lines.push('');
  lines.push('| measure | value |');
  lines.push('| --- | ---: |');
  for (const entry of size) lines.push(`| ${entry.name}, gzipped | ${kb(entry.gzip)} |`);
  lines.push(`| instantiation, Node, default entry (unpack, compile, instantiate) | ${node.defaultEntryMs.toFixed(2)} ms |`);
  lines.push(`| instantiation, Node, slim entry given the bytes (compile, instantiate) | ${node.slimBytesMs.toFixed(2)} ms |`);
  lines.push(`| instantiation, ${chromium ? chromium.browser : 'Chromium'}, default entry | ${chromium ? chromium.initMs.toFixed(2) + ' ms' : 'not measured'} |`);
  lines.push(`| instantiation, ${chromium ? chromium.browser : 'Chromium'}, slim entry \`await init(bytes)\` | ${chromium ? chromium.slimInitMs.toFixed(2) + ' ms' : 'not measured'} |`);
  lines.push(`| wasm memory after the 2,000-ticket list | ${kb(memory.afterList)} |`);
  lines.push(`| wasm memory after ${fmt(memory.parses)} more parses | ${kb(memory.afterMany)} |`);
  return lines.join('\n') + '\n';
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
