-- Forum and webhook targets, and why items were not briefed (#18).
-- See src/store/sqlite/migrations/012-feed-targets-kinds.ts.
ALTER TABLE feed_targets ADD COLUMN target_kind text NOT NULL DEFAULT 'channel';
ALTER TABLE feed_targets ADD COLUMN webhook_id text;
ALTER TABLE feed_targets ADD COLUMN webhook_token text;
ALTER TABLE feed_targets ADD COLUMN webhook_avatar_url text;
ALTER TABLE feed_targets ADD COLUMN webhook_gone_at bigint;

CREATE TABLE item_problems (
	feed_id bigint NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	link_key text NOT NULL,
	outcome text NOT NULL CHECK (outcome IN ('refused', 'failed')),
	detail text NOT NULL,
	at bigint NOT NULL,
	retry_at bigint,
	PRIMARY KEY (feed_id, link_key)
);
CREATE INDEX item_problems_link ON item_problems (link_key);
