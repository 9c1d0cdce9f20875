// The one error class of the package: every error the package throws is an instance.

export class PeriskopeError extends Error {
  constructor(kind, message, details) {
    super(message);
    this.name = 'PeriskopeError';
    this.kind = kind;
    if (details) {
      for (const key of Object.keys(details)) {
        if (details[key] !== undefined) this[key] = details[key];
      }
    }
  }

  toJSON() {
    const { name, kind, message } = this;
    return { ...this, name, kind, message };
  }
}

// Its name, also where a bundler shortens identifiers (the default entry is bundled): loggers
// such as pino read `constructor.name`.
Object.defineProperty(PeriskopeError, 'name', { value: 'PeriskopeError' });

// What the core reports crosses the module as the plain parts of an error, and the error is made
// as the generated glue throws them (scripts/build.mjs puts `thrown` in each of its `throw`s), so
// that its stack starts at the caller's call: made inside, five of the ten frames an engine keeps
// were the module's, and capturing them took more than a quarter of a rejection.
const parts = new WeakSet();

export function createPeriskopeError(kind, message, details) {
  const made = { kind, message, details };
  parts.add(made);
  return made;
}

/** What the glue throws: the PeriskopeError of the core's parts, anything else as it is. */
export function thrown(value) {
  if (!parts.has(value)) return value;
  // In a try block, V8 does not inline the error's construction into each export's glue: inlined,
  // it made the exports' success path about 2.5% slower in the benchmark (bench/README.md, item 32).
  try {
    return new PeriskopeError(value.kind, value.message, value.details);
  } finally {
    parts.delete(value);
  }
}
