/**
 * Which of a feed's targets a new brief goes to: paused targets and targets whose filter rejects the brief are
 * left out, each with the reason kept for /feed why. Filters are parsed once per distinct text and kept.
 */
import type { Brief } from '../briefs/types.js';
import { evaluateFilter } from '../filters/evaluate-filter.js';
import { parseFilter, type ParsedFilter } from '../filters/parse-filter.js';
import type { FeedTarget, TargetSkip } from '../store/types.js';

/** Distinct filter texts kept parsed; past this the cache starts over (a guild cap keeps real use far below). */
const MAX_CACHED = 10_000;
const parsed = new Map<string, ParsedFilter | null>();

export function compiledFilter(text: string): ParsedFilter | null {
	let filter = parsed.get(text);
	if (filter === undefined) {
		const result = parseFilter(text);
		// Stored filters were accepted by /feed filter; one that no longer parses lets everything through rather
		// than silently blocking a feed.
		filter = result.ok ? result.filter : null;
		if (parsed.size >= MAX_CACHED) parsed.clear();
		parsed.set(text, filter);
	}
	return filter;
}

export function selectTargets(targets: readonly FeedTarget[], brief: Brief): { deliver: FeedTarget[]; skips: TargetSkip[] } {
	const deliver: FeedTarget[] = [];
	const skips: TargetSkip[] = [];
	for (const target of targets) {
		const settings = target.settings;
		if (settings?.pausedAt) {
			skips.push({ targetId: target.id, reason: 'paused', detail: null });
			continue;
		}
		const filter = settings?.filter ? compiledFilter(settings.filter) : null;
		if (filter) {
			const verdict = evaluateFilter(filter, brief);
			if (!verdict.pass) {
				skips.push({ targetId: target.id, reason: 'filtered', detail: verdict.clause });
				continue;
			}
		}
		deliver.push(target);
	}
	return { deliver, skips };
}

/**
 * The feed's poll interval: the shortest its active targets asked for, the configured one when some target asked
 * nothing, never below the configured floor.
 */
export function feedInterval(feed: { intervalMs?: number | null; intervalHasDefault?: boolean }, defaultMs: number, floorMs = 0): number {
	const wished = feed.intervalMs ?? null;
	const interval = wished === null ? defaultMs : feed.intervalHasDefault === false ? wished : Math.min(wished, defaultMs);
	return Math.max(floorMs, interval);
}
