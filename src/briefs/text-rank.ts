const DAMPING = 0.85;
const ITERATIONS = 30;

function wordSet(sentence: string): Set<string> {
	return new Set((sentence.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter(Boolean));
}

/** TextRank (Mihalcea & Tarau 2004): the most central sentences, returned in their original order. */
export function rankSentences(sentences: readonly string[], count: number, maxChars: number): string[] {
	if (sentences.length <= 1) return sentences.slice(0, count);
	const sets = sentences.map(wordSet);
	const n = sentences.length;
	const weights: number[][] = sets.map((a, i) =>
		sets.map((b, j) => {
			if (i === j || a.size < 2 || b.size < 2) return 0;
			let shared = 0;
			for (const word of a) if (b.has(word)) shared++;
			return shared / (Math.log(a.size) + Math.log(b.size));
		}),
	);
	const totals = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
	let scores = new Array<number>(n).fill(1);
	for (let iteration = 0; iteration < ITERATIONS; iteration++) {
		scores = scores.map((_, i) => {
			let sum = 0;
			for (let j = 0; j < n; j++) {
				const total = totals[j] ?? 0;
				if (total > 0) sum += ((weights[j]?.[i] ?? 0) / total) * (scores[j] ?? 0);
			}
			return 1 - DAMPING + DAMPING * sum;
		});
	}
	const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score);
	const picked: number[] = [];
	let chars = 0;
	for (const { index } of order) {
		const length = sentences[index]?.length ?? 0;
		if (picked.length > 0 && chars + length > maxChars) continue;
		picked.push(index);
		chars += length;
		if (picked.length >= count) break;
	}
	return picked.sort((a, b) => a - b).map((i) => sentences[i] ?? '');
}
