/** Discord ids: a timestamp since the Discord epoch shifted left 22 bits, plus a counter so ids stay unique and ordered. */
const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

export function createSnowflake(now = Date.now()): string {
	increment = (increment + 1n) % 4096n;
	return (((BigInt(now) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** Interaction tokens are opaque strings in Discord; ours only need to be unguessable within one test run. */
export function createToken(prefix: string): string {
	return `${prefix}.${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
