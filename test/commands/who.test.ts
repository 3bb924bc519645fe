import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option, replyText, startReaderWorld, type ReaderWorld } from './helpers/reader-world.js';

let world: ReaderWorld;
beforeAll(async () => {
	world = await startReaderWorld();
}, 30_000);
afterAll(async () => {
	await world?.close();
});

async function who(name: string, extra: { guild?: 'B'; locale?: string } = {}) {
	return world.interact({
		command: 'who',
		options: [option('name', name)],
		...(extra.guild ? { guildId: world.guildB.id } : {}),
		...(extra.locale ? { locale: extra.locale } : {}),
	});
}

describe('/who', () => {
	it('answers with the entity card: type, roles with sources, mentions, dates, articles, quotes and related names', async () => {
		const res = await who('Hannah Okafor');
		expect(res.type).toBe(4);
		expect(res.ephemeral).toBe(false);
		const text = replyText(res.data);
		expect(text).toContain('Hannah Okafor');
		expect(text).toContain('Person');
		expect(text).toContain('chief executive of Voltaris Energy');
		expect(text).toContain('Voltaris picks Nevada for its second battery plant');
		expect(text).toContain('We chose Nevada because the grid is ready');
		expect(text).toContain('Voltaris Energy');
		expect(text).toMatch(/<t:\d+:D>/);
		expect(res.data?.allowed_mentions).toEqual({ parse: [] });
	});

	it('finds a name typed without accents or capitals, and by alias', async () => {
		expect(replyText((await who('tomas ibanez')).data)).toContain('analyst at Brightline Capital');
		expect(replyText((await who('Okafor')).data)).toContain('Hannah Okafor');
	});

	it('replies in French to a French-speaking reader', async () => {
		const text = replyText((await who('Élise Marchand', { locale: 'fr' })).data);
		expect(text).toContain('Personne');
		expect(text).toContain('Fonctions');
		expect(text).toContain('présidente de la communauté d’agglomération');
	});

	it('autocompletes this guild’s names and aliases, accent- and case-insensitively', async () => {
		const res = await world.interact({ type: 'autocomplete', command: 'who', options: [option('name', 'eli', { focused: true })] });
		expect(res.type).toBe(8);
		const choices = (res.data as { choices: Array<{ name: string; value: string }> }).choices;
		expect(choices.map((c) => c.name).join(' ')).toContain('Élise Marchand');
		const picked = await who(choices[0]?.value ?? '');
		expect(replyText(picked.data)).toContain('Élise Marchand');
	});

	it('answers an unknown name with the closest known ones', async () => {
		const res = await who('Hanna Okafort');
		expect(res.ephemeral).toBe(true);
		const text = replyText(res.data);
		expect(text).toContain('Nobody called “Hanna Okafort”');
		expect(text).toContain('Hannah Okafor');
	});

	it('never shows guild B’s people in guild A, nor A’s in B', async () => {
		expect(replyText((await who('Katrin Albers')).data)).toContain('Nobody called');
		expect(replyText((await who('Katrin Albers', { guild: 'B' })).data)).toContain('Vorstandschefin der Nordbank');
		expect(replyText((await who('Hannah Okafor', { guild: 'B' })).data)).toContain('Nobody called');
		const auto = await world.interact({ type: 'autocomplete', command: 'who', options: [option('name', 'kat', { focused: true })] });
		expect((auto.data as { choices: unknown[] }).choices).toEqual([]);
		const b = await who('Voltaris', { guild: 'B' });
		expect(replyText(b.data)).not.toContain('Voltaris Energy');
	});

	it('answers hostile names clearly within Discord’s 3 s (the emulator rejects later replies), and never pings', async () => {
		for (const hostile of ['', '   ', 'x'.repeat(6_000), '"*" NEAR( -- OR', '🦄🔥 مرحبا بالعالم', '@everyone', 'Nobody Atall']) {
			const res = await who(hostile);
			expect(res.type).toBe(4);
			expect(res.ephemeral).toBe(true);
			expect(res.data?.allowed_mentions).toEqual({ parse: [] });
			expect(replyText(res.data)).not.toMatch(/@everyone/);
			expect(replyText(res.data).length).toBeGreaterThan(10);
		}
	});
});
