/**
 * Console mode's delivery: drains the outbox like the Discord worker does, but prints each brief to stdout.
 */
import { describeError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { ArticleStore, DeliveryStore, FeedStore } from '../store/types.js';
import { formatBrief } from './print-brief.js';

export interface ConsoleDeliveryDeps {
	deliveries: DeliveryStore;
	articles: ArticleStore;
	logger: Logger;
	write: (text: string) => void;
	now: () => number;
	/** The feed targets, for each one's format (FEEDS_FILE `format`); without it every brief prints in full. */
	targets?: Pick<FeedStore, 'getTarget'>;
}

export async function drainToConsole(deps: ConsoleDeliveryDeps): Promise<number> {
	let printed = 0;
	for (;;) {
		const batch = await deps.deliveries.pending(deps.now(), 50);
		if (batch.length === 0) return printed;
		for (const delivery of batch) {
			try {
				const brief = await deps.articles.getBrief(delivery.articleId);
				if (!brief) {
					await deps.deliveries.markFailed(delivery.id, 'the brief is gone');
					continue;
				}
				const also = await deps.articles.alsoReportedBy(delivery.articleId);
				const target = delivery.targetId !== null ? await deps.targets?.getTarget(delivery.targetId) : null;
				deps.write(`${formatBrief(brief, { alsoReportedBy: also, format: target?.settings?.format ?? 'full' })}\n`);
				await deps.deliveries.markSent(delivery.id, `console-${delivery.id}`, deps.now());
				printed++;
			} catch (error) {
				deps.logger.error({ delivery: delivery.id, err: describeError(error) }, 'console delivery failed');
				await deps.deliveries.markFailed(delivery.id, describeError(error));
			}
		}
	}
}
