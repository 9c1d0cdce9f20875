// @vitest-environment jsdom
import { environmentTests } from './environment-tests.js';

environmentTests();
