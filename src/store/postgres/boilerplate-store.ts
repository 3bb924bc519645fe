import type { BoilerplateStore } from '../types.js';
import type { Db } from './db.js';

const DEFAULT_MAX_LINES = 2_000;

export function createPostgresBoilerplateStore(db: Db): BoilerplateStore {
	return {
		async load(domain) {
			const [d] = await db.query<{ articles: number }>(`SELECT articles FROM boilerplate_domains WHERE domain = $1`, [
				domain,
			]);
			if (!d) return { articles: 0, lines: new Map() };
			const lines = await db.query<{ fingerprint: string; count: number }>(
				`SELECT fingerprint, count FROM boilerplate_lines WHERE domain = $1`,
				[domain],
			);
			return { articles: d.articles, lines: new Map(lines.map((l) => [l.fingerprint, l.count])) };
		},

		async record(domain, fingerprints, maxLines = DEFAULT_MAX_LINES) {
			const distinct = [...new Set(fingerprints)];
			const now = db.now();
			await db.transaction(async (client) => {
				await client.query(
					`INSERT INTO boilerplate_domains (domain, articles) VALUES ($1, 1)
					ON CONFLICT (domain) DO UPDATE SET articles = boilerplate_domains.articles + 1`,
					[domain],
				);
				await client.query(
					`INSERT INTO boilerplate_lines (domain, fingerprint, count, last_seen)
					SELECT $1, f, 1, $3 FROM unnest($2::text[]) AS f
					ON CONFLICT (domain, fingerprint) DO UPDATE
						SET count = boilerplate_lines.count + 1, last_seen = EXCLUDED.last_seen`,
					[domain, distinct, now],
				);
				// Bounded: the rarest, then the stalest lines go first; a line seen once is almost never boilerplate.
				await client.query(
					`DELETE FROM boilerplate_lines WHERE domain = $1 AND fingerprint IN (
						SELECT fingerprint FROM boilerplate_lines WHERE domain = $1
						ORDER BY count, last_seen, fingerprint
						LIMIT GREATEST(0, (SELECT count(*) FROM boilerplate_lines WHERE domain = $1) - $2))`,
					[domain, Math.max(1, maxLines)],
				);
			});
		},
	};
}
