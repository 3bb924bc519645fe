/**
 * A global and a per-host limit on requests in flight, so one slow host cannot hold every slot and no host
 * receives more than a few requests at once from us.
 */

export interface ConcurrencyLimiter {
	/** Waits for a slot for `host`; call the returned function exactly once to give it back. */
	acquire(host: string): Promise<() => void>;
	readonly active: number;
	readonly waiting: number;
}

interface HostState {
	active: number;
	waiters: Array<() => void>;
}

export function createConcurrencyLimiter(globalLimit: number, perHostLimit: number): ConcurrencyLimiter {
	const hosts = new Map<string, HostState>();
	// Hosts with waiters, in arrival order; scanned when a global slot frees up.
	const pending = new Set<string>();
	let active = 0;
	let waiting = 0;

	const stateOf = (host: string): HostState => {
		let state = hosts.get(host);
		if (!state) {
			state = { active: 0, waiters: [] };
			hosts.set(host, state);
		}
		return state;
	};

	const grant = (host: string, state: HostState): (() => void) => {
		active++;
		state.active++;
		let released = false;
		return () => {
			if (released) return;
			released = true;
			active--;
			state.active--;
			if (state.active === 0 && state.waiters.length === 0) hosts.delete(host);
			dispatch(host);
		};
	};

	const wake = (host: string, state: HostState): boolean => {
		const next = state.waiters.shift();
		if (!next) return false;
		waiting--;
		if (state.waiters.length === 0) pending.delete(host);
		next();
		return true;
	};

	const dispatch = (freedHost: string): void => {
		if (active >= globalLimit) return;
		const freed = hosts.get(freedHost);
		if (freed && freed.active < perHostLimit && wake(freedHost, freed)) return;
		for (const host of pending) {
			if (active >= globalLimit) return;
			const state = hosts.get(host);
			if (state && state.active < perHostLimit && wake(host, state)) return;
		}
	};

	return {
		acquire(host) {
			const state = stateOf(host);
			if (active < globalLimit && state.active < perHostLimit && state.waiters.length === 0) {
				return Promise.resolve(grant(host, state));
			}
			return new Promise((resolve) => {
				waiting++;
				state.waiters.push(() => resolve(grant(host, state)));
				pending.add(host);
			});
		},
		get active() {
			return active;
		},
		get waiting() {
			return waiting;
		},
	};
}
