// The architecture of docs/adr/001-layout.md, enforced: each folder may import only what its row allows,
// and each I/O library lives in exactly one folder.
import { existsSync } from 'node:fs';
import path from 'node:path';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const LIBS = {
	discord: ['discord.js', '@discordjs/*'],
	sqlite: ['better-sqlite3'],
	postgres: ['pg', 'pg-boss'],
	cron: ['node-cron'],
	rss: ['xml2js'],
};

/** @param {string[]} folders @param {string[]} libs */
function forbid(folders, libs) {
	const patterns = [
		...folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`, `**/${f}.js`], message: `this folder may not import ${f}/ (docs/adr/001-layout.md)` })),
		...(libs.length ? [{ group: libs, message: 'this I/O library lives in one folder only (docs/adr/001-layout.md)' }] : []),
	];
	return { 'no-restricted-imports': ['error', { patterns }] };
}

const all = (...keys) => keys.flatMap((k) => LIBS[k]);

/**
 * Resolves our relative imports (`./x.js` written for a `./x.ts` file) for import-x's `no-cycle`; packages stay
 * unresolved, which keeps the cycle check to our own modules.
 */
const relativeTsResolver = {
	interfaceVersion: 3,
	name: 'relative-ts',
	resolve(source, file) {
		if (!source.startsWith('.')) return { found: false };
		const base = path.resolve(path.dirname(file), source);
		for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, path.join(base, 'index.ts')]) {
			if (existsSync(candidate) && !candidate.endsWith(path.sep)) return { found: true, path: candidate };
		}
		return { found: false };
	},
};

export default tseslint.config(
	{ ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'data/**', 'bin/**', '.tmp-*/**', '.perf.ts'] },
	...tseslint.configs.recommended,
	{
		// A cycle between modules is a layering mistake (docs/adr/001-layout.md): each module's imports point one way.
		files: ['src/**/*.ts', 'commands/**/*.ts'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [relativeTsResolver],
			// The imported modules are read with the TypeScript parser too, or their imports would go unseen.
			'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
			'import-x/extensions': ['.ts', '.js'],
		},
		rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
	},
	{
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
			'no-console': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{ files: ['src/articles/**'], rules: forbid(['feeds', 'briefs', 'store', 'pipeline', 'discord', 'scheduler', 'config', 'commands'], all('discord', 'sqlite', 'postgres', 'cron', 'rss')) },
	{ files: ['src/briefs/**'], rules: forbid(['feeds', 'store', 'pipeline', 'discord', 'scheduler', 'config', 'commands'], all('discord', 'sqlite', 'postgres', 'cron', 'rss')) },
	{ files: ['src/feeds/**'], rules: forbid(['store', 'pipeline', 'discord', 'scheduler', 'briefs', 'commands', 'config'], all('discord', 'sqlite', 'postgres', 'cron')) },
	{ files: ['src/store/**'], rules: forbid(['pipeline', 'discord', 'scheduler', 'commands', 'config'], all('discord', 'cron', 'rss')) },
	{ files: ['src/store/sqlite/**'], rules: forbid(['pipeline', 'discord', 'scheduler', 'commands', 'config', 'postgres'], all('discord', 'cron', 'rss', 'postgres')) },
	{ files: ['src/store/postgres/**'], rules: forbid(['pipeline', 'discord', 'scheduler', 'commands', 'config', 'sqlite'], all('discord', 'cron', 'rss', 'sqlite')) },
	{ files: ['src/store/*.ts'], rules: forbid(['pipeline', 'discord', 'scheduler', 'commands', 'config', 'sqlite', 'postgres'], all('discord', 'cron', 'rss', 'sqlite', 'postgres')) },
	// The rules both engines share, and the ports: pure, no SQL driver (docs/adr/002-store.md).
	{ files: ['src/store/policy/**', 'src/store/ports/**'], rules: forbid(['pipeline', 'discord', 'scheduler', 'commands', 'config', 'sqlite', 'postgres'], all('discord', 'cron', 'rss', 'sqlite', 'postgres')) },
	{ files: ['src/pipeline/**'], rules: forbid(['discord', 'commands', 'scheduler', 'config', 'sqlite', 'postgres'], all('discord', 'sqlite', 'postgres', 'cron', 'rss')) },
	{ files: ['src/discord/**', 'commands/**'], rules: forbid(['pipeline', 'sqlite', 'postgres', 'scheduler'], all('sqlite', 'postgres', 'cron', 'rss')) },
	{ files: ['src/discord/deploy-commands.ts'], rules: { 'no-restricted-imports': 'off' } },
	{ files: ['src/subscriptions/**'], rules: forbid(['feeds', 'pipeline', 'discord', 'scheduler', 'config', 'commands', 'sqlite', 'postgres', 'queue'], all('discord', 'sqlite', 'postgres', 'cron', 'rss')) },
	{ files: ['src/filters/**'], rules: forbid(['feeds', 'store', 'pipeline', 'discord', 'scheduler', 'config', 'commands', 'queue'], all('discord', 'sqlite', 'postgres', 'cron', 'rss')) },
	{ files: ['src/queue/**'], rules: forbid(['feeds', 'articles', 'briefs', 'pipeline', 'discord', 'scheduler', 'config', 'commands', 'sqlite'], all('discord', 'sqlite', 'cron', 'rss')) },
	{ files: ['src/scheduler/**'], rules: forbid(['feeds', 'articles', 'briefs', 'store', 'pipeline', 'discord', 'config', 'commands'], all('discord', 'sqlite', 'postgres', 'rss')) },
	{ files: ['src/llm/**'], rules: forbid(['feeds', 'store', 'pipeline', 'discord', 'scheduler', 'config', 'commands', 'queue', 'subscriptions'], all('discord', 'sqlite', 'postgres', 'cron', 'rss')) },
	{ files: ['src/config/**'], rules: forbid(['feeds', 'articles', 'briefs', 'store', 'pipeline', 'discord', 'scheduler', 'commands'], all('discord', 'sqlite', 'postgres', 'cron', 'rss')) },
	{ files: ['src/shared/**'], rules: forbid(['feeds', 'articles', 'briefs', 'store', 'pipeline', 'discord', 'scheduler', 'config', 'commands'], all('discord', 'sqlite', 'postgres', 'cron', 'rss')) },
	{ files: ['test/**', 'bench/**', 'scripts/**', 'src/cli/**', 'src/main.ts'], rules: { 'no-console': 'off' } },
);
