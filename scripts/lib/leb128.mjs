// Unsigned LEB128, the variable-length integers of the wasm binary format (section sizes,
// name lengths, counts), for the scripts that read or write a module's sections.

/** The value at `bytes[at]`, and the index after it. */
export function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new Error('truncated LEB128 in the wasm module');
    value |= (byte & 0x7f) << shift;
    if (byte < 0x80) return [value >>> 0, at];
    shift += 7;
  }
}

/** The bytes of `value`. */
export function u32Bytes(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}
