export interface BoilerplateStore {
	/** Line fingerprints of a domain with how many of its recent articles contained them, and the article count. */
	load(domain: string): Promise<{ articles: number; lines: Map<string, number> }>;
	/** Adds one article's distinct line fingerprints; keeps at most `maxLines` per domain. */
	record(domain: string, fingerprints: string[], maxLines?: number): Promise<void>;
}
