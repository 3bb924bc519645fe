/**
 * STORY_HOLD: a channel delivery waits (its `next_attempt_at` in the future) so that a better copy of the story can
 * take its place; `copy_rank` says how original the copy it carries is (0 republished with junk, 1 clean, 2 the
 * original publisher's), so that a later copy replaces it only when it ranks higher.
 */
export const STORY_HOLD_SQL = /* sql */ `
ALTER TABLE deliveries ADD COLUMN copy_rank INTEGER NOT NULL DEFAULT 0;
`;
