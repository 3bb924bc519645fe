import { viterbi } from './decode.js';
import { BUCKET_BITS } from './hash.js';
import { TAG_COUNT } from './tags.js';

/** One training sentence: each token's feature buckets, the barrier positions, the gold tags. */
export interface Example {
	features: Uint32Array[];
	barriers: Uint8Array;
	tags: number[];
}

/**
 * An averaged structured perceptron (Collins 2002): decode with the current weights, move the weights of the gold
 * tags up and of the wrong guesses down, and ship the average of the weights over all steps.
 */
export class Perceptron {
	readonly weights: Float32Array;
	// Averaging without touching every weight each step: totals accumulate step × update (Daumé's trick).
	readonly totals: Float64Array;
	readonly transitions = new Float32Array(TAG_COUNT * TAG_COUNT);
	readonly transitionTotals = new Float64Array(TAG_COUNT * TAG_COUNT);
	readonly start = new Float32Array(TAG_COUNT);
	readonly startTotals = new Float64Array(TAG_COUNT);
	step = 1;

	/** `buckets` below the feature space folds features together: for small tests, never for the shipped models. */
	constructor(readonly buckets = 1 << BUCKET_BITS) {
		this.weights = new Float32Array(buckets * TAG_COUNT);
		this.totals = new Float64Array(buckets * TAG_COUNT);
	}

	/** Tags with the current (not averaged) weights, as training decodes. */
	decode(features: readonly Uint32Array[], barriers: Uint8Array): number[] {
		const emissions = new Float32Array(features.length * TAG_COUNT);
		features.forEach((ids, i) => {
			for (const id of ids) {
				const row = (id % this.buckets) * TAG_COUNT;
				for (let t = 0; t < TAG_COUNT; t++) emissions[i * TAG_COUNT + t] = (emissions[i * TAG_COUNT + t] ?? 0) + (this.weights[row + t] ?? 0);
			}
		});
		return viterbi({ emissions, transitions: this.transitions, start: this.start, barriers }, features.length);
	}

	private bump(array: Float32Array, totals: Float64Array, index: number, delta: number): void {
		array[index] = (array[index] ?? 0) + delta;
		totals[index] = (totals[index] ?? 0) + this.step * delta;
	}

	learn(example: Example): number {
		const predicted = this.decode(example.features, example.barriers);
		let errors = 0;
		for (let i = 0; i < predicted.length; i++) {
			const gold = example.tags[i] ?? 0;
			const guess = predicted[i] ?? 0;
			const goldPrevious = i > 0 ? (example.tags[i - 1] ?? 0) : -1;
			const guessPrevious = i > 0 ? (predicted[i - 1] ?? 0) : -1;
			if (gold !== guess) {
				errors++;
				for (const id of example.features[i] ?? []) {
					const row = (id % this.buckets) * TAG_COUNT;
					this.bump(this.weights, this.totals, row + gold, 1);
					this.bump(this.weights, this.totals, row + guess, -1);
				}
			}
			if (gold !== guess || goldPrevious !== guessPrevious) {
				if (i === 0) {
					this.bump(this.start, this.startTotals, gold, 1);
					this.bump(this.start, this.startTotals, guess, -1);
				} else {
					this.bump(this.transitions, this.transitionTotals, goldPrevious * TAG_COUNT + gold, 1);
					this.bump(this.transitions, this.transitionTotals, guessPrevious * TAG_COUNT + guess, -1);
				}
			}
		}
		this.step++;
		return errors;
	}

	averaged(array: Float32Array, totals: Float64Array): Float32Array {
		const out = new Float32Array(array.length);
		for (let i = 0; i < array.length; i++) out[i] = (array[i] ?? 0) - (totals[i] ?? 0) / this.step;
		return out;
	}
}
