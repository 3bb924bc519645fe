import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/crash/**', 'node_modules/**'],
		testTimeout: 30_000,
		hookTimeout: 30_000,
		pool: 'forks',
		coverage: { provider: 'v8', include: ['src/**', 'commands/**'], exclude: ['**/types.ts', '**/index.ts'] },
	},
});
