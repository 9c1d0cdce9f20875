// The Standard Schema types, as @standard-schema/spec ships them: the build copies that
// package's declarations into dist/api.d.ts (tests/node/schemas.test.mjs checks the copy), so
// the package has no dependency and the types are the spec's own.
export * from '@standard-schema/spec';
