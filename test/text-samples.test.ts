import { goldenSamples } from './support/golden.js';

goldenSamples('text--');
