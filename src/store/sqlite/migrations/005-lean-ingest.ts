/**
 * Fewer B-trees per ingest (each page an ingest dirties is written to the WAL at every commit):
 * - LSH bands move to memory (story-index.ts), rebuilt from `articles.minhash`; their rows, 21 random pages of
 *   one B-tree per brief, are emptied. The table stays, empty, so that an older build reading this file (or an
 *   operator's query) finds what it expects; nothing writes it any more.
 * - `quotes_speaker` goes: a merge finds a speaker's quotes through the speaker's mentions (every speaker has a
 *   mention row in the article it is quoted in), and the purge's orphan check needs the mentions only.
 */
export const LEAN_INGEST_SQL = /* sql */ `
DELETE FROM minhash_bands;
DROP INDEX IF EXISTS quotes_speaker;
`;
