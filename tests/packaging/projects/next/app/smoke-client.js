'use client';
// A client component: the package runs in the browser after hydration.
import { useEffect, useState } from 'react';
import * as pkg from 'periskope-wasm';
import { smokeResult } from '../smoke.js';
import inputs from '../inputs.js';

export default function Smoke() {
  const [result, setResult] = useState(null);
  useEffect(() => {
    smokeResult(pkg, inputs).then(setResult);
  }, []);
  return <pre id="smoke">{result ? JSON.stringify(result) : ''}</pre>;
}
