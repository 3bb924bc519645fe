/** Command-line options and seeded randomness shared by the benchmark scripts. */

/** The value after `--name`, or undefined. */
export function optionValue(name: string, argv: readonly string[] = process.argv): string | undefined {
	const i = argv.indexOf(name);
	return i >= 0 ? argv[i + 1] : undefined;
}

/** A positive number after `--name`, or the fallback. */
export function numberOption(name: string, fallback: number, argv: readonly string[] = process.argv): number {
	const value = Number(optionValue(name, argv));
	return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A fixed-seed generator (mulberry32), so every run builds the same data. */
export function createRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
