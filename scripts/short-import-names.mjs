// Gives the functions the bindings hand to wasm short names, in both files. wasm-bindgen names
// each import after its Rust binding plus a 16-digit hash (`__wbg_get_2080c49015e35254`):
// text that gzip can hardly compress, written twice (the .wasm's import section and the
// bindings' exports). `npm run size` shows what is left.
// The module's exports get short names too (`shortenExportNames`).

import { readU32, u32Bytes } from './lib/leb128.mjs';

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });
const nameBytes = (text) => {
  const bytes = utf8.encode(text);
  return [...u32Bytes(bytes.length), ...bytes];
};

/** Skips an import's description (what follows its two names); returns the index after it. */
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const skipLimits = (i) => {
    const flags = bytes[i++];
    [, i] = readU32(bytes, i);
    if (flags & 1) [, i] = readU32(bytes, i);
    return i;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return skipLimits(at + 1); // table: reference type, limits
    case 2: return skipLimits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown import kind ${kind} in the wasm module`);
  }
}

/**
 * `wasm` with the body of its section `id` replaced by `rewrite(wasm, at, end)`, which reads the
 * section's body at [at, end) and returns the new body's bytes; null if there is no such section.
 */
function rewriteSection(wasm, id, rewrite) {
  let at = 8; // magic and version
  const parts = [wasm.subarray(0, 8)];
  let found = false;
  while (at < wasm.length) {
    const sectionStart = at;
    const sectionId = wasm[at++];
    let size;
    [size, at] = readU32(wasm, at);
    const end = at + size;
    if (sectionId === id) {
      const body = rewrite(wasm, at, end);
      parts.push(Uint8Array.from([id, ...u32Bytes(body.length), ...body]));
      found = true;
    } else {
      parts.push(wasm.subarray(sectionStart, end));
    }
    at = end;
  }
  if (!found) return null;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A name as the wasm binary format writes it: its length, then its UTF-8 bytes. */
function readName(wasm, at) {
  const [length, start] = readU32(wasm, at);
  return [fromUtf8.decode(wasm.subarray(start, start + length)), start + length];
}

/**
 * Renames every import of `moduleName` in `wasm` (a Uint8Array) to `$0`, `$1`..., and the
 * matching exports of the bindings module (wasm-bindgen's `--target bundler` output, where each
 * import is an `export function`): each keeps its long name inside the module and is exported
 * under the short one. Throws if a name is not defined exactly once, so a change in
 * wasm-bindgen's output fails the build instead of the module's instantiation.
 */
export function shortenImportNames(wasm, bindings, moduleName) {
  const renamed = new Map();
  const out = rewriteSection(wasm, 2, (bytes, at, end) => {
    let count;
    [count, at] = readU32(bytes, at);
    const body = [...u32Bytes(count)];
    for (let i = 0; i < count; i++) {
      let module;
      let field;
      [module, at] = readName(bytes, at);
      [field, at] = readName(bytes, at);
      const descriptionEnd = skipImportDescription(bytes, at);
      if (module === moduleName) {
        const short = `$${renamed.size.toString(36)}`;
        renamed.set(field, short);
        field = short;
      }
      body.push(...nameBytes(module), ...nameBytes(field), ...bytes.subarray(at, descriptionEnd));
      at = descriptionEnd;
    }
    if (at !== end) throw new Error('the wasm import section has trailing bytes');
    return body;
  });
  if (!out) throw new Error('the wasm module has no import section');
  let text = bindings;
  for (const long of renamed.keys()) {
    const definition = `export function ${long}(`;
    const hits = text.split(definition).length - 1;
    if (hits !== 1) throw new Error(`the bindings define the import ${long} ${hits} times, expected once`);
    text = text.replace(definition, () => `function ${long}(`);
  }
  text += `\nexport { ${[...renamed].map(([long, short]) => `${long} as ${short}`).join(', ')} };\n`;
  return { wasm: out, bindings: text, renamed: renamed.size };
}

/**
 * Renames the exports of `wasm` that the bindings read as `wasm.<name>` (all but `memory`, which
 * callers of `initSync` read) to `_0`, `_1`..., in both files: the API's long names were written
 * twice too (the .wasm's export section and the bindings), and the bindings reach the module
 * only through `wasm.`. Exports the bindings do not read keep their names.
 */
export function shortenExportNames(wasm, bindings) {
  const read = new Set([...bindings.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
  read.delete('memory');
  const renamed = new Map();
  const out = rewriteSection(wasm, 7, (bytes, at, end) => {
    let count;
    [count, at] = readU32(bytes, at);
    const body = [...u32Bytes(count)];
    for (let i = 0; i < count; i++) {
      let field;
      [field, at] = readName(bytes, at);
      const descriptionEnd = readU32(bytes, at + 1)[1]; // kind, index
      if (read.has(field)) {
        const short = `_${renamed.size.toString(36)}`;
        renamed.set(field, short);
        field = short;
      }
      body.push(...nameBytes(field), ...bytes.subarray(at, descriptionEnd));
      at = descriptionEnd;
    }
    if (at !== end) throw new Error('the wasm export section has trailing bytes');
    return body;
  });
  if (!out) throw new Error('the wasm module has no export section');
  const missing = [...read].filter((name) => !renamed.has(name));
  if (missing.length) throw new Error(`the bindings read exports the module does not have: ${missing.join(', ')}`);
  const text = bindings.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, name) => (renamed.has(name) ? `wasm.${renamed.get(name)}` : whole));
  return { wasm: out, bindings: text, renamed: renamed.size };
}
