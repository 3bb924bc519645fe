import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option, replyText, startReaderWorld, type ReaderWorld } from './helpers/reader-world.js';

let world: ReaderWorld;
beforeAll(async () => {
	world = await startReaderWorld();
}, 30_000);
afterAll(async () => {
	await world?.close();
});

function quote(options: Record<string, string>, extra: { guild?: 'B'; locale?: string } = {}) {
	return world.interact({
		command: 'quote',
		options: Object.entries(options).map(([name, value]) => option(name, value)),
		...(extra.guild ? { guildId: world.guildB.id } : {}),
		...(extra.locale ? { locale: extra.locale } : {}),
	});
}

type Button = { custom_id: string; disabled?: boolean; label: string };
function buttons(data: unknown): Button[] {
	const rows = ((data ?? {}) as { components?: Array<{ components: Button[] }> }).components ?? [];
	return rows.flatMap((r) => r.components);
}

describe('/quote', () => {
	it('lists a person’s quotes with speaker, article link and date, newest first', async () => {
		const res = await quote({ who: 'Hannah Okafor' });
		expect(res.type).toBe(4);
		const text = replyText(res.data);
		expect(text).toContain('C’est une décision industrielle, pas politique');
		expect(text).toContain('We chose Nevada because the grid is ready');
		expect(text.indexOf('décision industrielle')).toBeLessThan(text.indexOf('We chose Nevada'));
		expect(text).toContain('(<https://www.lest-eclair.example/economie/voltaris-lorraine>)');
		expect(text).toMatch(/<t:\d+:d>/);
		expect(text).not.toContain('Nobody got everything');
	});

	it('finds quotes about words, accents and case ignored', async () => {
		const text = replyText((await quote({ about: 'DIALOGUE rompu' })).data);
		expect(text).toContain('Le dialogue n’est pas rompu');
		expect(text).toContain('Jean-Marc Lefèvre');
	});

	it('filters by a since date or duration and refuses a malformed one', async () => {
		expect(replyText((await quote({ who: 'Hannah Okafor', since: '2026-11-23' })).data)).toContain('décision industrielle');
		expect(replyText((await quote({ who: 'Hannah Okafor', since: '2026-11-23' })).data)).not.toContain('We chose Nevada');
		expect(replyText((await quote({ who: 'Hannah Okafor', since: '3650d' })).data)).toContain('We chose Nevada');
		const bad = await quote({ who: 'Hannah Okafor', since: 'last tuesday' });
		expect(bad.ephemeral).toBe(true);
		expect(replyText(bad.data)).toContain('is not a date or a duration');
	});

	it('names each invalid option with its own reason, in the user’s language', async () => {
		const tooLong = replyText((await quote({ who: 'x'.repeat(101), about: 'Nevada' })).data);
		expect(tooLong).toBe('The `who` option is too long (100 characters at most).');
		const several = replyText((await quote({ who: '   ', about: 'a'.repeat(201), since: 'last tuesday' })).data).split('\n');
		expect(several).toEqual([
			'The `who` option is empty: write something in it or leave it out.',
			'The `about` option is too long (200 characters at most).',
			'`since`: “last tuesday” is not a date or a duration. Use e.g. `7d`, `24h`, `2w` or `2026-01-01`.',
		]);
		const french = replyText((await quote({ about: 'a'.repeat(201), since: '2026-13-45' }, { locale: 'fr' })).data).split('\n');
		expect(french).toEqual([
			'L’option `about` est trop longue (200 caractères au plus).',
			'`since` : « 2026-13-45 » n’est ni une date ni une durée. Exemples : `7d`, `24h`, `2w`, `2026-01-01`.',
		]);
	});

	it('requires at least one option', async () => {
		const res = await quote({});
		expect(res.ephemeral).toBe(true);
		expect(replyText(res.data)).toContain('Give at least one of');
		expect(replyText((await quote({}, { locale: 'fr' })).data)).toContain('Indiquez au moins');
	});

	it('pages with buttons that still work after a restart', async () => {
		const first = await quote({ about: 'Nevada cheaper chapter wanted décision emplois dialogue' });
		expect(replyText(first.data)).toContain('Page 1/2 · 7 quotes');
		const next = buttons(first.data).find((b) => b.label === 'Next');
		expect(next?.disabled).toBe(false);
		const messageId = String((first.original() as { id: string }).id);

		await world.restart();

		const second = await world.interact({ type: 'button', customId: next?.custom_id ?? '', messageId });
		expect(second.type).toBe(7);
		const text = replyText(second.data);
		expect(text).toContain('Page 2/2 · 7 quotes');
		expect(text.match(/^• /gm)?.length).toBe(2);
		const back = buttons(second.data).find((b) => b.label === 'Previous');
		const again = await world.interact({ type: 'button', customId: back?.custom_id ?? '', messageId });
		expect(replyText(again.data)).toContain('Page 1/2');
	});

	it('pages a query too long for a custom id by reading it back from the message, after a restart too', async () => {
		const about = 'Nevada cheaper chapter wanted décision emplois dialogue workforce assembly industrielle politique book';
		const first = await quote({ about });
		const next = buttons(first.data).find((b) => b.label === 'Next');
		expect(next?.custom_id.length).toBeLessThanOrEqual(100);
		expect(next?.custom_id).toContain('#');
		const messageId = String((first.original() as { id: string }).id);
		await world.restart();
		const second = await world.interact({ type: 'button', customId: next?.custom_id ?? '', messageId });
		expect(second.type).toBe(7);
		expect(replyText(second.data)).toContain('Page 2/2');
		// The same id pressed on a message that does not show the query is refused, not guessed.
		const stray = await world.interact({ type: 'button', customId: next?.custom_id ?? '' });
		expect(stray.ephemeral).toBe(true);
		expect(replyText(stray.data)).toContain('can no longer be paged');
	});

	it('refuses a page button forged for another guild’s speaker', async () => {
		const inB = await quote({ who: 'Katrin Albers' }, { guild: 'B' });
		expect(replyText(inB.data)).toContain('Wir wachsen');
		const card = await world.store.mentions.findEntity(world.guildB.id, 'Katrin Albers');
		const forged = await world.interact({ type: 'button', customId: `quote:p:0:${card?.id}::` });
		expect(forged.ephemeral).toBe(true);
		expect(replyText(forged.data)).not.toContain('Wir wachsen');
	});

	it('keeps guild B’s quotes out of guild A', async () => {
		expect(replyText((await quote({ about: 'Kunden' })).data)).toContain('No quotes match');
		expect(replyText((await quote({ who: 'Katrin Albers' })).data)).toContain('Nobody called');
		expect(replyText((await quote({ since: '2026-01-01' }, { guild: 'B' })).data)).not.toContain('Voltaris');
	});

	it('answers FTS syntax, emoji, RTL, @everyone and 6,000 characters clearly and without pinging', async () => {
		const hostile = ['"', '*', 'NEAR(a b)', '-', 'a OR b AND NOT', '"unbalanced', '🦄🔥', 'مرحبا بالعالم', '@everyone', 'x'.repeat(6_000), ''];
		for (const about of hostile) {
			const res = await quote({ about });
			expect(res.type).toBe(4);
			expect(res.data?.allowed_mentions).toEqual({ parse: [] });
			const text = replyText(res.data);
			expect(text).toMatch(/No quotes match|too long|is empty|Give at least one|Quotes/);
			expect(text).not.toMatch(/@everyone/);
		}
		const who = await quote({ who: '@everyone' });
		expect(replyText(who.data)).toContain('Nobody called “@');
	});

	it('autocompletes the speaker like /who', async () => {
		const res = await world.interact({ type: 'autocomplete', command: 'quote', options: [option('who', 'jean', { focused: true })] });
		const choices = (res.data as { choices: Array<{ name: string; value: string }> }).choices;
		expect(choices.map((c) => c.name).join(' ')).toContain('Jean-Marc Lefèvre');
		const picked = await quote({ who: choices[0]?.value ?? '' });
		expect(replyText(picked.data)).toContain('Le dialogue n’est pas rompu');
	});
});
