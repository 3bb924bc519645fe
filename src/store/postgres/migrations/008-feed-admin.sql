-- Feed administration (#18): per-guild settings on each target, and why an
-- article skipped a target (/feed why). See src/store/sqlite/migrations/008-feed-admin.ts.
ALTER TABLE feed_targets ADD COLUMN label text;
ALTER TABLE feed_targets ADD COLUMN filter text;
ALTER TABLE feed_targets ADD COLUMN paused_at bigint;
ALTER TABLE feed_targets ADD COLUMN format text NOT NULL DEFAULT 'full';
ALTER TABLE feed_targets ADD COLUMN interval_ms bigint;
ALTER TABLE feed_targets ADD COLUMN pings jsonb NOT NULL DEFAULT '[]';
ALTER TABLE feed_targets ADD COLUMN locale text;

CREATE TABLE target_skips (
	article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	target_id bigint NOT NULL,
	reason text NOT NULL,
	detail text,
	at bigint NOT NULL,
	PRIMARY KEY (article_id, target_id)
);
