/**
 * LSH bands lose their article index and foreign key: a brief writes 21 bands, and the second index doubled
 * that write cost. Bands are now deleted by their exact key, recomputed from the article's stored signature.
 */
export const LEAN_LSH_BANDS_SQL = /* sql */ `
CREATE TABLE minhash_bands_v2 (
	band INTEGER NOT NULL,
	article_id INTEGER NOT NULL,
	PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
INSERT INTO minhash_bands_v2 (band, article_id) SELECT band, article_id FROM minhash_bands;
DROP TABLE minhash_bands;
ALTER TABLE minhash_bands_v2 RENAME TO minhash_bands;
`;
