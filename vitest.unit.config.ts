import { defineConfig } from 'vitest/config';

/**
 * `npm run test:unit`: the pure suites only (text in, data out; no process, socket, database or emulator), for a
 * feedback loop under 30 s. Everything else runs in `npm test`. New pure test files join this list by folder or name.
 */
export default defineConfig({
	test: {
		include: [
			'test/articles/*.test.ts',
			'test/briefs/*.test.ts',
			'test/cli/args.test.ts',
			'test/commands/command-input.test.ts',
			'test/config/*.test.ts',
			'test/discord/render-brief.test.ts',
			'test/feeds/{backoff,concurrency,decode-body,item-identity,parse-feed,xml-repair}.test.ts',
			'test/scheduler/*.test.ts',
			'test/shared/*.test.ts',
			'test/store/{fts-query,minhash-lsh,name-closeness,normalize-name,url-key}.test.ts',
			'test/subscriptions/{parse-topic-query,stem-word,subscription-matcher}.test.ts',
		],
		// The CLI tests start processes; robustness feeds 50 MB pages through the cleaner (minutes, not seconds).
		exclude: ['test/**/*-cli.test.ts', 'test/**/cli-*.test.ts', 'test/articles/robustness.test.ts', 'node_modules/**'],
		testTimeout: 30_000,
		pool: 'threads',
		// Pure suites share no state, so one module graph serves them all: most of the time was imports.
		isolate: false,
	},
});
