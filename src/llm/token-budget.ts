/**
 * Daily token budgets, per guild and in all, reset at midnight UTC. A request is let through only when its
 * estimate fits both; what it really cost is then recorded. Kept in memory: a restart forgets the day's spending,
 * which at worst lets one more day's budget through (see docs/adr/011-language-model.md).
 */
export interface TokenBudget {
	/** True when `estimate` tokens still fit the guild's and the total budget today. */
	allows(guildId: string, estimate: number): boolean;
	spend(guildId: string, tokens: number): void;
	/** Tokens spent today: by the guild, or in all. */
	spent(guildId?: string): number;
}

const DAY_MS = 86_400_000;

export function createTokenBudget(options: { perGuildDaily: number; totalDaily: number; now?: () => number }): TokenBudget {
	const now = options.now ?? Date.now;
	let day = -1;
	let total = 0;
	let byGuild = new Map<string, number>();

	function roll(): void {
		const today = Math.floor(now() / DAY_MS);
		if (today === day) return;
		day = today;
		total = 0;
		byGuild = new Map();
	}

	return {
		allows(guildId, estimate) {
			roll();
			return (byGuild.get(guildId) ?? 0) + estimate <= options.perGuildDaily && total + estimate <= options.totalDaily;
		},
		spend(guildId, tokens) {
			roll();
			total += tokens;
			byGuild.set(guildId, (byGuild.get(guildId) ?? 0) + tokens);
		},
		spent(guildId) {
			roll();
			return guildId === undefined ? total : (byGuild.get(guildId) ?? 0);
		},
	};
}
