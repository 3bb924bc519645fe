import type { BoilerplateStore } from '../types.js';
import type { SqliteDb } from './open-db.js';

const DEFAULT_MAX_LINES = 2_000;

export function createSqliteBoilerplateStore(db: SqliteDb, now: () => number): BoilerplateStore {
	const s = {
		domain: db.prepare<[string], { articles: number }>('SELECT articles FROM boilerplate_domains WHERE domain = ?'),
		lines: db.prepare<[string], { fingerprint: string; count: number }>(
			'SELECT fingerprint, count FROM boilerplate_lines WHERE domain = ?',
		),
		bumpDomain: db.prepare(
			`INSERT INTO boilerplate_domains (domain, articles, line_count) VALUES (?, 1, 0)
			 ON CONFLICT DO UPDATE SET articles = articles + 1`,
		),
		bumpLine: db
			.prepare<[string, string, number], number>(
				`INSERT INTO boilerplate_lines (domain, fingerprint, count, last_seen) VALUES (?, ?, 1, ?)
				 ON CONFLICT DO UPDATE SET count = count + 1, last_seen = excluded.last_seen RETURNING count`,
			)
			.pluck(),
		addLines: db.prepare('UPDATE boilerplate_domains SET line_count = line_count + ? WHERE domain = ?'),
		lineCount: db.prepare<[string], number>('SELECT line_count FROM boilerplate_domains WHERE domain = ?').pluck(),
		// The rarest, then the stalest lines go first: a line seen once is almost never boilerplate.
		trim: db.prepare(
			`DELETE FROM boilerplate_lines WHERE domain = @domain AND fingerprint IN
			 (SELECT fingerprint FROM boilerplate_lines WHERE domain = @domain ORDER BY count, last_seen LIMIT @excess)`,
		),
	};

	const recordTx = db.transaction((domain: string, fingerprints: string[], maxLines: number) => {
		s.bumpDomain.run(domain);
		let added = 0;
		const at = now();
		for (const fingerprint of new Set(fingerprints)) if (s.bumpLine.get(domain, fingerprint, at) === 1) added++;
		if (added) s.addLines.run(added, domain);
		const count = s.lineCount.get(domain) ?? 0;
		if (count > maxLines) {
			const removed = s.trim.run({ domain, excess: count - maxLines }).changes;
			s.addLines.run(-removed, domain);
		}
	});

	return {
		async load(domain) {
			const articles = s.domain.get(domain)?.articles ?? 0;
			const lines = new Map<string, number>();
			for (const row of s.lines.all(domain)) lines.set(row.fingerprint, row.count);
			return { articles, lines };
		},
		async record(domain, fingerprints, maxLines = DEFAULT_MAX_LINES) {
			recordTx.immediate(domain, fingerprints, Math.max(1, maxLines));
		},
	};
}
