import type { Store } from '../../../src/store/types.js';

/** Builds a fresh, empty store for one test. Each implementation's suite passes its own. */
export type MakeStore = () => Promise<Store>;
