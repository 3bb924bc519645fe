/**
 * Forum and webhook targets, and why items were not briefed (#18). `target_kind` says how a target is posted to
 * (a forum gets one post per article); the webhook columns hold the webhook the bot created, whose token is a secret
 * the store hands only to the delivery worker. `item_problems` keeps a refused or failed item's reason for /feed why,
 * since such items leave no article behind.
 */
export const FEED_TARGET_KINDS_SQL = /* sql */ `
ALTER TABLE feed_targets ADD COLUMN target_kind TEXT NOT NULL DEFAULT 'channel';
ALTER TABLE feed_targets ADD COLUMN webhook_id TEXT;
ALTER TABLE feed_targets ADD COLUMN webhook_token TEXT;
ALTER TABLE feed_targets ADD COLUMN webhook_avatar_url TEXT;
ALTER TABLE feed_targets ADD COLUMN webhook_gone_at INTEGER;

CREATE TABLE item_problems (
	feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
	link_key TEXT NOT NULL,
	outcome TEXT NOT NULL CHECK (outcome IN ('refused', 'failed')),
	detail TEXT NOT NULL,
	at INTEGER NOT NULL,
	retry_at INTEGER,
	PRIMARY KEY (feed_id, link_key)
) WITHOUT ROWID;
CREATE INDEX item_problems_link ON item_problems (link_key);
`;
