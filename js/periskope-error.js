// The one error class of the package. Rust builds every instance through
// createPeriskopeError so that `instanceof PeriskopeError` holds for all of them.

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

export function createPeriskopeError(kind, message, details) {
  return new PeriskopeError(kind, message, details);
}
