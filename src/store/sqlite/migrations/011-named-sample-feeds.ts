/**
 * Console mode's sample feeds used to be stored under the port their in-process server took that run
 * (`http://127.0.0.1:<port>/feeds/<file>`): every `npm start` added five feeds, and the SSRF guard disabled the old
 * ones. They are now named (`http://samples.briefbot.invalid/feeds/<file>`, src/console/sample-server.ts). This
 * moves each old sample feed to its name, keeps the oldest row of each (its seen items and targets) and deletes
 * the later copies, and clears the failures and disabling the port change caused, so the feed is polled again.
 * Only the bundled sample files on 127.0.0.1 are touched; no operator's feed has these URLs.
 */
import type { SqliteDb } from '../open-db.js';

export const NAMED_SAMPLE_FEEDS_SQL = '';

const SAMPLE_ORIGIN = 'http://samples.briefbot.invalid';
/** The sample feeds shipped when the port-keyed URLs were written (src/console/samples/site/feeds/). */
const SAMPLE_FILES = new Set(['coinwire.xml', 'diario.json', 'lequotidien.atom', 'techwire.xml', 'wirtschaftsbote.xml']);
const OLD_SAMPLE_URL = /^http:\/\/127\.0\.0\.1:\d{1,5}\/feeds\/([^/?#]+)$/;

/** The named URL of an old port-keyed sample feed URL, or null for any other URL. */
export function namedSampleUrl(url: string): string | null {
	const file = OLD_SAMPLE_URL.exec(url)?.[1];
	return file && SAMPLE_FILES.has(file) ? `${SAMPLE_ORIGIN}/feeds/${file}` : null;
}

export function nameSampleFeeds(db: SqliteDb): void {
	const rows = db.prepare<[], { id: number; url: string }>(`SELECT id, url FROM feeds WHERE url LIKE 'http://127.0.0.1:%/feeds/%' ORDER BY id`).all();
	const byUrl = db.prepare<[string], number>('SELECT id FROM feeds WHERE url = ?').pluck();
	const remove = db.prepare<[number]>('DELETE FROM feeds WHERE id = ?');
	const rename = db.prepare<[string, number]>(
		`UPDATE feeds SET url = ?, final_url = NULL, etag = NULL, last_modified = NULL, body_hash = NULL, consecutive_failures = 0,
		 last_error = NULL, last_error_at = NULL, disabled_reason = NULL, next_poll_at = 0 WHERE id = ?`,
	);
	const enableTargets = db.prepare<[number]>('UPDATE feed_targets SET disabled_reason = NULL WHERE feed_id = ?');
	for (const row of rows) {
		const named = namedSampleUrl(row.url);
		if (!named) continue;
		if (byUrl.get(named) !== undefined) {
			remove.run(row.id);
			continue;
		}
		rename.run(named, row.id);
		enableTargets.run(row.id);
	}
}
