import { describe, expect, it } from 'vitest';
import { buildSettingsReply } from '../../src/discord/settings/settings-reply.js';

const text = (reply: ReturnType<typeof buildSettingsReply>) => JSON.stringify(reply.embeds);

describe('/settings reply', () => {
	it('shows the defaults for a guild that never chose, in the user language', () => {
		expect(text(buildSettingsReply(null, { saved: false, llmConfigured: true, locale: 'en' }))).toContain('each article in its own language');
		expect(text(buildSettingsReply(null, { saved: false, llmConfigured: true, locale: 'fr' }))).toContain('chaque article dans sa langue');
	});

	it('says when the choice cannot take effect because no model is configured, and only then', () => {
		const chosen = { language: 'de', summary: 'abstractive' as const };
		expect(text(buildSettingsReply(chosen, { saved: true, llmConfigured: false, locale: 'en' }))).toContain('No language model is configured');
		expect(text(buildSettingsReply(chosen, { saved: true, llmConfigured: true, locale: 'en' }))).not.toContain('No language model');
		expect(text(buildSettingsReply(null, { saved: false, llmConfigured: false, locale: 'en' }))).not.toContain('No language model');
		expect(text(buildSettingsReply(chosen, { saved: true, llmConfigured: true, locale: 'en' }))).toContain('German');
	});

	it('is private and pings no one', () => {
		const reply = buildSettingsReply(null, { saved: false, llmConfigured: true, locale: 'en' });
		expect(reply.flags).toBe(64);
		expect(reply.allowedMentions).toEqual({ parse: [] });
	});
});
