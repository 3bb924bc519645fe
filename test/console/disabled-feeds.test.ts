import { describe, expect, it } from 'vitest';
import { createDisabledFeedsReporter } from '../../src/console/disabled-feeds.js';

type Listed = Awaited<ReturnType<Parameters<typeof createDisabledFeedsReporter>[0]['feeds']['listGuildFeeds']>>;

function feed(id: number, disabledReason: string | null, targetReason: string | null = null): Listed[number] {
	return {
		id,
		url: `https://example.org/${id}.xml`,
		title: `Feed ${id}`,
		disabledReason,
		targets: [{ id: id * 10, feedId: id, guildId: 'console', channelId: 'console', disabledReason: targetReason }],
	} as unknown as Listed[number];
}

describe('console report of disabled feeds', () => {
	it('prints each disabled feed once, with its reason, and a feed disabled later when it happens', async () => {
		let feeds: Listed = [feed(1, null), feed(2, 'disabled after 10 consecutive failures; last: timeout')];
		const out: string[] = [];
		const reporter = createDisabledFeedsReporter({ feeds: { listGuildFeeds: async () => feeds }, guildId: 'console', write: (t) => out.push(t) });
		expect(await reporter.report()).toBe(1);
		expect(out.join('')).toBe('! feed disabled, not polled: Feed 2 <https://example.org/2.xml>\n  why: disabled after 10 consecutive failures; last: timeout\n');
		expect(await reporter.report()).toBe(0);
		feeds = [feed(1, null, 'refused: the channel is gone'), feeds[1]!];
		expect(await reporter.report()).toBe(1);
		expect(out[1]).toContain('why: refused: the channel is gone');
	});
});
