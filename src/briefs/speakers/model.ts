/**
 * The speaker model: a log-linear (conditional logit) ranker over one quote's candidates plus a "nobody" option,
 * then Platt calibration of the chosen candidate's probability, so that a confidence of 0.9 is right about 9 times
 * in 10 on data the model was not fitted on. Weights are data, trained by `npm run train:quotes`.
 */
export interface SpeakerModel {
	/** Feature name → weight; unknown features weigh nothing. */
	weights: Record<string, number>;
	/** confidence = sigmoid(a · logit(p) + b), fitted on held-out training articles. */
	calibration: { a: number; b: number };
}

export function scoreFeatures(model: SpeakerModel, features: readonly string[]): number {
	let score = 0;
	for (const feature of features) score += model.weights[feature] ?? 0;
	return score;
}

/** Softmax over scores, numerically stable. */
export function softmax(scores: readonly number[]): number[] {
	const max = Math.max(...scores);
	const exps = scores.map((s) => Math.exp(s - max));
	const sum = exps.reduce((a, b) => a + b, 0);
	return exps.map((e) => e / sum);
}

export function logit(p: number): number {
	const clipped = Math.min(1 - 1e-6, Math.max(1e-6, p));
	return Math.log(clipped / (1 - clipped));
}

export function calibrate(model: SpeakerModel, probability: number): number {
	return 1 / (1 + Math.exp(-(model.calibration.a * logit(probability) + model.calibration.b)));
}

/** Checks a parsed weights file, so that a damaged one fails loudly instead of scoring nonsense. */
export function parseSpeakerModel(value: unknown): SpeakerModel {
	const v = value as Partial<SpeakerModel> | null;
	const weights = v?.weights;
	const calibration = v?.calibration;
	if (!weights || typeof weights !== 'object' || !calibration || typeof calibration.a !== 'number' || typeof calibration.b !== 'number') {
		throw new Error('speaker model: weights file lacks `weights` or `calibration`');
	}
	for (const [name, weight] of Object.entries(weights)) {
		if (typeof weight !== 'number' || !Number.isFinite(weight)) throw new Error(`speaker model: weight of ${name} is not a finite number`);
	}
	return { weights, calibration };
}
