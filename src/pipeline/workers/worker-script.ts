/**
 * How a worker thread loads its module. Built code (`.js`) runs as it is. TypeScript sources (`npm start` under
 * tsx, vitest, the CLI) need tsx's loader inside the worker: `--import` in a worker's `execArgv` is not honoured,
 * and vitest's own transform does not reach worker threads, so a one-line bootstrap registers tsx and then imports
 * the module.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export function workerScript(entry: URL): { script: string | URL; evaluate: boolean } {
	if (!entry.pathname.endsWith('.ts')) return { script: entry, evaluate: false };
	const tsxApi = new URL('./esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx'))).href;
	const code = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
	return { script: code, evaluate: true };
}
