/**
 * The speaker model: a log-linear (conditional logit) ranker over one quote's candidates plus a "nobody" option,
 * then Platt calibration of the chosen candidate's probability, so that a confidence of 0.9 is right about 9 times
 * in 10 on data the model was not fitted on. Weights are data, trained by `npm run train:quotes`.
 */
export interface Calibration {
	a: number;
	b: number;
	/** Weight of the margin over the runner-up (log p1 − log p2, the "nobody" option included); absent = 0. */
	c?: number;
	/** Weight of a name in the quote's own frame ("…, a déclaré Paul Durand"); absent = 0. */
	d?: number;
}

export interface SpeakerModel {
	/** Feature name → weight; unknown features weigh nothing. */
	weights: Record<string, number>;
	/** confidence = sigmoid(a · logit(p) + c · margin + b), fitted on held-out quotes like the ones shown. */
	calibration: Calibration;
	/** Per language, when that language has its own held-out quotes (see the model card); else `calibration`. */
	calibrationByLanguage?: Record<string, Calibration>;
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

/** Two candidates close in score make a guess, whatever the best one's probability: the margin says how close. */
export function marginOf(probabilities: readonly number[], best: number): number {
	let second = 0;
	probabilities.forEach((p, i) => {
		if (i !== best && p > second) second = p;
	});
	return Math.min(10, Math.log(Math.max(1e-6, probabilities[best] ?? 0)) - Math.log(Math.max(1e-6, second)));
}

/**
 * Whether a candidate is a name (person or organisation) in the quote's own frame: the evidence that holds in every
 * language, unlike pronouns, descriptions and nearby names, whose reliability differs from one language to another.
 */
export function isFramedName(features: readonly string[]): boolean {
	return features.includes('rule:origin:frame') && (features.includes('rule:type:person') || features.includes('rule:type:organization'));
}

export function applyCalibration(calibration: Calibration, probability: number, margin = 0, framed = false): number {
	const z = calibration.a * logit(probability) + (calibration.c ?? 0) * margin + (framed ? (calibration.d ?? 0) : 0) + calibration.b;
	return 1 / (1 + Math.exp(-z));
}

export function calibrate(model: SpeakerModel, probability: number, margin = 0, language?: string, framed = false): number {
	const calibration = (language ? model.calibrationByLanguage?.[language.slice(0, 2).toLowerCase()] : undefined) ?? model.calibration;
	return applyCalibration(calibration, probability, margin, framed);
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
	const byLanguage = (v as { calibrationByLanguage?: unknown }).calibrationByLanguage as Record<string, Calibration> | undefined;
	for (const [language, c] of Object.entries(byLanguage ?? {})) {
		if (typeof c?.a !== 'number' || typeof c.b !== 'number') throw new Error(`speaker model: calibration of ${language} lacks a or b`);
	}
	return byLanguage ? { weights, calibration, calibrationByLanguage: byLanguage } : { weights, calibration };
}
