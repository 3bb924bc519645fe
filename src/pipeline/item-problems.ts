/**
 * What /feed why says about an item that was not briefed (#18): recorded when it happens, because a failed item
 * stays unseen (it is retried at the next poll) and a refused one leaves no article, so nothing else remembers why.
 * Recording is best effort: it must never turn a poll, or an item, into a failure.
 */
import { describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { FeedStore } from '../store/types.js';
import { JobFailedError } from './workers/worker-pool.js';

/** Longest detail kept: a line in /feed why. */
const MAX_DETAIL_CHARS = 300;

export interface ItemProblemInput {
	linkKey: string;
	outcome: 'refused' | 'failed';
	detail: string;
	retryAt: number | null;
}

/** `<code>: <message>`: the worker's reason for a job that failed, else the error's code or name. */
export function failureDetail(error: unknown): string {
	const ownCode: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
	const code = error instanceof JobFailedError ? error.reason : typeof ownCode === 'string' ? ownCode : error instanceof Error ? error.name : 'error';
	const described = describeError(error);
	const detail = described.startsWith(code) ? described : `${code}: ${described}`;
	return detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS - 1)}…` : detail;
}

export async function recordItemProblems(
	feeds: Pick<FeedStore, 'recordItemProblems'>,
	logger: Logger,
	feedId: number,
	problems: ItemProblemInput[],
	at: number,
): Promise<void> {
	if (problems.length === 0) return;
	try {
		await feeds.recordItemProblems(feedId, problems, at);
	} catch (error) {
		logger.warn({ feedId, err: describeError(error) }, 'could not record why items were not briefed');
	}
}
