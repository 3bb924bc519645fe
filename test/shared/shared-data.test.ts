import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCi, readSharedFiles } from '../helpers/shared-data.js';

const root = mkdtempSync(path.join(tmpdir(), 'briefbot-shared-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading ../shared in tests', () => {
	it('reads present files, and tells an absent folder from an unreadable one', () => {
		mkdirSync(path.join(root, 'good'));
		writeFileSync(path.join(root, 'good', 'a.txt'), 'hello');
		writeFileSync(path.join(root, 'good', 'b.json'), '{"x":1}');
		expect(readSharedFiles('good', ['a.txt', 'b.json'], root)).toEqual({
			status: 'ok',
			dir: path.join(root, 'good'),
			files: { 'a.txt': 'hello', 'b.json': '{"x":1}' },
		});

		const absent = readSharedFiles('nowhere', ['a.txt'], root);
		expect(absent.status).toBe('absent');

		// A folder where a file should be cannot be read as one; broken JSON cannot be used either.
		mkdirSync(path.join(root, 'broken', 'a.txt'), { recursive: true });
		writeFileSync(path.join(root, 'broken', 'b.json'), '{');
		const unreadable = readSharedFiles('broken', ['a.txt'], root);
		expect(unreadable).toMatchObject({ status: 'unreadable', reason: expect.stringContaining('a.txt cannot be read') });
		mkdirSync(path.join(root, 'badjson'));
		writeFileSync(path.join(root, 'badjson', 'b.json'), '{');
		expect(readSharedFiles('badjson', ['b.json'], root)).toMatchObject({ status: 'unreadable', reason: expect.stringContaining('b.json cannot be read') });
	});

	it('reads CI the way CI services set it', () => {
		expect(isCi({ CI: 'true' })).toBe(true);
		expect(isCi({ CI: '1' })).toBe(true);
		expect(isCi({ CI: 'false' })).toBe(false);
		expect(isCi({ CI: '' })).toBe(false);
		expect(isCi({})).toBe(false);
	});
});
