/**
 * Tests that read `../shared` (datasets and the seed fixture beside the repository) go through here, so that each
 * says why it skips when the folder is absent, and fails with a clear message in CI (`CI=true`) when the folder is
 * there but cannot be read: a broken checkout must not pass as "skipped".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_ROOT = path.resolve(REPO, '../shared');

export type SharedFiles =
	| { status: 'ok'; dir: string; files: Record<string, string> }
	| { status: 'absent' | 'unreadable'; dir: string; reason: string };

/** Reads `names` from `<root>/<relDir>` as UTF-8; JSON files must also parse. */
export function readSharedFiles(relDir: string, names: readonly string[], root = SHARED_ROOT): SharedFiles {
	const dir = path.join(root, relDir);
	if (!existsSync(dir)) return { status: 'absent', dir, reason: `${dir} is not there (the shared folder sits beside the repository)` };
	const files: Record<string, string> = {};
	for (const name of names) {
		try {
			files[name] = readFileSync(path.join(dir, name), 'utf8');
			if (name.endsWith('.json')) JSON.parse(files[name]);
		} catch (error) {
			const why = error instanceof Error ? error.message : String(error);
			return { status: 'unreadable', dir, reason: `${dir} is there but ${name} cannot be read: ${why}` };
		}
	}
	return { status: 'ok', dir, files };
}

/**
 * `describe` when the files were read; otherwise a suite that fails in CI when they are unreadable, or is skipped
 * with the reason in its title.
 */
export function describeWithShared(title: string, shared: SharedFiles, body: (files: Record<string, string>) => void, env = process.env): void {
	if (shared.status === 'ok') {
		describe(title, () => body(shared.files));
		return;
	}
	if (shared.status === 'unreadable' && isCi(env)) {
		describe(title, () => {
			it('reads its shared fixture', () => {
				throw new Error(shared.reason);
			});
		});
		return;
	}
	describe.skip(`${title} (skipped: ${shared.reason})`, () => {
		it('needs the shared fixture', () => undefined);
	});
}

export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
	const value = env['CI'];
	return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
