/**
 * Feed administration (#18): per-guild settings on each target (name, filter, pause, format, interval, pings,
 * locale), and why an article skipped a
 * target, for /feed why. Settings live on feed_targets because a feed row is shared by every guild that follows it.
 */
export const FEED_ADMIN_SQL = /* sql */ `
ALTER TABLE feed_targets ADD COLUMN label TEXT;
ALTER TABLE feed_targets ADD COLUMN filter TEXT;
ALTER TABLE feed_targets ADD COLUMN paused_at INTEGER;
ALTER TABLE feed_targets ADD COLUMN format TEXT NOT NULL DEFAULT 'full';
ALTER TABLE feed_targets ADD COLUMN interval_ms INTEGER;
ALTER TABLE feed_targets ADD COLUMN pings TEXT NOT NULL DEFAULT '[]';
ALTER TABLE feed_targets ADD COLUMN locale TEXT;

CREATE TABLE target_skips (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	target_id INTEGER NOT NULL,
	reason TEXT NOT NULL,
	detail TEXT,
	at INTEGER NOT NULL,
	PRIMARY KEY (article_id, target_id)
) WITHOUT ROWID;
`;
