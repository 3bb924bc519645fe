-- STORY_HOLD (ADR 010): a channel delivery waits (next_attempt_at in the future) so that a more original copy of the
-- story can take its place; copy_rank says how original the copy it carries is (0 republished with junk, 1 clean,
-- 2 the original publisher's), so that a later copy replaces it only when it ranks higher. As SQLite migration 7.
ALTER TABLE deliveries ADD COLUMN IF NOT EXISTS copy_rank integer NOT NULL DEFAULT 0;
