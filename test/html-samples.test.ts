import { goldenSamples } from './support/golden.js';

/** Golden HTML samples written by us: samples/html--<case>/input.html → expected.json. */
goldenSamples('html--');
