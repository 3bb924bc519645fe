/**
 * Levenshtein distance over code points, giving up (returning `max + 1`) once every path exceeds `max`,
 * so scoring a few hundred candidates stays cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > max) return max + 1;
	let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			current.push(value);
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		previous = current;
	}
	return previous[y.length]!;
}
