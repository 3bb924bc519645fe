/**
 * The one place that decides who said a quote, in order: rule frames → candidates → features → model → resolution
 * (pronouns and roles to named people, done while building candidates) → one speaker per quotation → confidence.
 * The display threshold (`SPEAKER_MIN_CONFIDENCE`) is applied by `applySpeakerThreshold` where briefs are shown.
 */
import type { Quote } from '../types.js';
import type { QuoteSpan } from '../quote-spans.js';
import { buildCandidates, nullFeatures, type Attribution, type SpeakerCandidate } from './candidates.js';
import { calibrate, isFramedName, marginOf, parseSpeakerModel, scoreFeatures, softmax, type SpeakerModel } from './model.js';
import { ruleChoices, type RuleChoice, type RuleContext } from './rules.js';
import weightsFile from '../../../models/quotes/speaker-model.json' with { type: 'json' };

export type SpeakerFields = Pick<Quote, 'speaker' | 'speakerText' | 'speakerEntityId' | 'cue'> & { confidence: number; attribution: Attribution };

/** Below this calibrated confidence no candidate is worth keeping even for a lenient display threshold. */
const KEEP_FLOOR = 0.1;

export const DEFAULT_SPEAKER_MODEL: SpeakerModel = parseSpeakerModel(weightsFile);

/** One quote as the model sees it; the training script reads exactly these. */
export interface SpeakerInstance {
	span: QuoteSpan;
	choice: RuleChoice | null;
	candidates: SpeakerCandidate[];
	nullFeatures: string[];
}

export function speakerInstances(context: RuleContext, kept: readonly QuoteSpan[], all: readonly QuoteSpan[]): SpeakerInstance[] {
	const choices = ruleChoices(context, kept, all);
	return kept.map((span, i) => {
		const choice = choices[i] ?? null;
		const candidates = buildCandidates({ span, choice, previousChoice: choices[i - 1] ?? null, previousSpan: kept[i - 1], spans: all }, context);
		const [paragraphStart] = context.bounds(span.open);
		const opens = !/\S/u.test(context.text.slice(paragraphStart, span.open));
		return { span, choice, candidates, nullFeatures: nullFeatures(choice, candidates.length, opens) };
	});
}

const NONE: SpeakerFields = { speaker: null, speakerText: null, speakerEntityId: null, cue: null, confidence: 0, attribution: 'none' };

function fromCandidate(candidate: SpeakerCandidate, confidence: number): SpeakerFields {
	return {
		speaker: candidate.named,
		speakerText: candidate.speakerText,
		speakerEntityId: candidate.entity?.id ?? null,
		cue: candidate.cue,
		confidence,
		attribution: candidate.attribution,
	};
}

/** The model's pick for one instance: the best candidate and its calibrated probability of being right. */
export function decideInstance(instance: SpeakerInstance, model: SpeakerModel, language?: string): SpeakerFields {
	if (instance.candidates.length === 0) return NONE;
	const scores = [scoreFeatures(model, instance.nullFeatures), ...instance.candidates.map((c) => scoreFeatures(model, c.features))];
	const probabilities = softmax(scores);
	let best = 1;
	for (let i = 2; i < probabilities.length; i++) if ((probabilities[i] ?? 0) > (probabilities[best] ?? 0)) best = i;
	const candidate = instance.candidates[best - 1];
	const confidence = calibrate(model, probabilities[best] ?? 0, marginOf(probabilities, best), language, isFramedName(candidate?.features ?? []));
	return candidate && confidence >= KEEP_FLOOR ? fromCandidate(candidate, confidence) : NONE;
}

/** The rules alone (the baseline the evaluation reports beside the model): their choice, at full confidence. */
function decideByRules(instance: SpeakerInstance): SpeakerFields {
	const candidate = instance.choice ? instance.candidates.find((c) => c.features.includes('rule')) : undefined;
	return candidate ? fromCandidate(candidate, 1) : NONE;
}

/** The parts of one quotation (split by an incise or over paragraphs) get one speaker: the surest part's. */
function unifyQuotations(instances: readonly SpeakerInstance[], decisions: SpeakerFields[]): void {
	for (let i = 1; i < decisions.length; i++) {
		const origin = instances[i]?.choice?.origin;
		const sameGroup = instances[i]?.span.group === instances[i - 1]?.span.group;
		const joined = instances[i - 1]?.choice?.origin === 'joined';
		if (!sameGroup && !joined && origin !== 'group') continue;
		const a = decisions[i - 1];
		const b = decisions[i];
		if (!a || !b) continue;
		if (b.confidence > a.confidence) decisions[i - 1] = { ...b };
		else decisions[i] = { ...a };
	}
}

export type SpeakerMode = SpeakerModel | 'rules';

/** One speaker decision per kept span. */
export function decideSpeakers(context: RuleContext, kept: readonly QuoteSpan[], all: readonly QuoteSpan[], mode: SpeakerMode = DEFAULT_SPEAKER_MODEL): SpeakerFields[] {
	const instances = speakerInstances(context, kept, all);
	const decisions = instances.map((instance) => (mode === 'rules' ? decideByRules(instance) : decideInstance(instance, mode, context.language)));
	if (mode !== 'rules') unifyQuotations(instances, decisions);
	return decisions;
}
