/**
 * Results by key (article hash, language, summary mode), least recently used dropped first. A key being computed
 * is shared: the deliveries of one article to many channels wait on one request instead of sending one each.
 */
export interface AnswerCache<T> {
	/** The cached value, the one being computed, or a new computation started with `compute`. */
	get(key: string, compute: () => Promise<T>): Promise<T>;
	size(): number;
}

export function createAnswerCache<T>(maxEntries: number): AnswerCache<T> {
	const done = new Map<string, T>();
	const pending = new Map<string, Promise<T>>();
	return {
		get(key, compute) {
			const hit = done.get(key);
			if (hit !== undefined) {
				// Map keeps insertion order: re-inserting makes this the most recently used.
				done.delete(key);
				done.set(key, hit);
				return Promise.resolve(hit);
			}
			const running = pending.get(key);
			if (running) return running;
			const started = compute().then(
				(value) => {
					pending.delete(key);
					done.set(key, value);
					while (done.size > maxEntries) done.delete(done.keys().next().value as string);
					return value;
				},
				(error: unknown) => {
					// Failures are not cached: the next delivery may find the provider back.
					pending.delete(key);
					throw error;
				},
			);
			pending.set(key, started);
			return started;
		},
		size: () => done.size,
	};
}
