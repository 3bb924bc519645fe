/** How a guild reads its briefs (`/settings`); a guild never set reads each article as it is. */
export interface GuildSettings {
	guildId: string;
	/** `en`, `fr`, `de`, `es`, or `original` (each article in its own language). */
	language: string;
	summary: 'extractive' | 'abstractive';
	updatedAt: number;
}

export interface GuildSettingsStore {
	/** The guild's settings, or null when it never set any. */
	get(guildId: string): Promise<GuildSettings | null>;
	/** Changes the given settings and keeps the others; returns the result. */
	update(guildId: string, change: Partial<Pick<GuildSettings, 'language' | 'summary'>>, now?: number): Promise<GuildSettings>;
}
