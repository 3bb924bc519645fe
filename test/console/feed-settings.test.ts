/** Console mode honours per-feed filters and formats given in FEEDS_FILE. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFeedsFile } from '../../src/app/feeds-file.js';
import { drainToConsole } from '../../src/console/console-delivery.js';
import { ConfigError } from '../../src/shared/errors.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import { makeBrief } from '../discord/helpers/make-brief.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'briefbot-console-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('console mode feed settings', () => {
	it('reads filter and format from FEEDS_FILE, and refuses a filter that does not parse, saying where', async () => {
		const good = path.join(dir, 'good.json');
		writeFileSync(good, JSON.stringify([{ url: 'https://a.example.org/rss', filter: 'ferry NOT sport', format: 'compact' }]));
		expect(await readFeedsFile(good)).toEqual([{ url: 'https://a.example.org/rss', filter: 'ferry NOT sport', format: 'compact' }]);
		const bad = path.join(dir, 'bad.json');
		writeFileSync(bad, JSON.stringify([{ url: 'https://a.example.org/rss', filter: 'ferry AND' }]));
		const error = await readFeedsFile(bad).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ConfigError);
		expect((error as ConfigError).issues).toEqual(['FEEDS_FILE[0.filter]: filter: missing-operand at character 10']);
	});

	it('prints each brief in its target format', async () => {
		const store = createSqliteStore(path.join(dir, 'console.db'));
		const full = await store.feeds.addFeedTarget({ guildId: 'console', channelId: 'full', url: 'https://a.example.org/rss' });
		const short = await store.feeds.addFeedTarget({ guildId: 'console', channelId: 'short', url: 'https://b.example.org/rss' });
		await store.feeds.updateGuildFeed({ guildId: 'console', feedId: short.feed.id, patch: { format: 'headline' } });
		await store.articles.ingest({ brief: makeBrief({ title: 'Shown in full', url: 'https://a.example.org/1' }), feedId: full.feed.id, itemKey: '1', targets: [{ guildId: 'console', channelId: 'full', targetId: full.target.id }] });
		await store.articles.ingest({ brief: makeBrief({ title: 'Only the headline', url: 'https://b.example.org/1', summary: ['Never printed.'] }), feedId: short.feed.id, itemKey: '1', targets: [{ guildId: 'console', channelId: 'short', targetId: short.target.id }] });
		const out: string[] = [];
		await drainToConsole({ deliveries: store.deliveries, articles: store.articles, logger: silentLogger, write: (t) => out.push(t), now: Date.now, targets: store.feeds });
		expect(out).toHaveLength(2);
		expect(out[0]).toContain('The harbour authority approved the terminal on Tuesday.');
		expect(out[1]).toContain('▌ Only the headline');
		expect(out[1]).not.toContain('Never printed.');
		await store.close();
	});
});
