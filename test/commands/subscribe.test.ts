import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OTHER_READER, option, replyText, startReaderWorld, type ReaderWorld } from './helpers/reader-world.js';
import { batteryPlant, usineFr } from '../fixtures/subscriptions/briefs.js';

let world: ReaderWorld;
beforeAll(async () => {
	world = await startReaderWorld();
}, 30_000);
afterAll(async () => {
	await world?.close();
});

function subscribe(topic: string, extra: { delivery?: string; locale?: string; guild?: 'B'; userId?: string } = {}) {
	return world.interact({
		command: 'subscribe',
		options: [option('topic', topic), ...(extra.delivery ? [option('delivery', extra.delivery)] : [])],
		...(extra.locale ? { locale: extra.locale } : {}),
		...(extra.guild ? { guildId: world.guildB.id } : {}),
		...(extra.userId ? { userId: extra.userId } : {}),
	});
}

describe('/subscribe', () => {
	it('follows keywords, says what will match and shows recent briefs that would have matched', async () => {
		const res = await subscribe('"battery plant", usine -Nevada');
		expect(res.ephemeral).toBe(true);
		const text = replyText(res.data);
		expect(text).toContain('the phrase «battery plant», or «usine», but not «nevada»');
		expect(text).toContain('Recent briefs that would have matched');
		expect(text).toContain(usineFr.title);
		expect(text).not.toContain(batteryPlant.title);
		expect(text).toContain('direct message');
		const own = await world.store.subscriptions.listForUser(world.guildA.id, '600000000000000001');
		expect(own.map((s) => s.topic.label)).toContain('"battery plant", usine -Nevada');
		// The matcher is rebuilt right after the reply, off the 3-second path.
		await vi.waitFor(() =>
			expect(world.matcher().match(usineFr, { guildId: world.guildA.id }).map((s) => s.topic.label)).toContain('"battery plant", usine -Nevada'),
		);
		expect(world.matcher().match(batteryPlant, { guildId: world.guildA.id })).toEqual([]);
	});

	it('follows a person picked in autocomplete, delivered as a mention here', async () => {
		const auto = await world.interact({ type: 'autocomplete', command: 'subscribe', options: [option('topic', 'okaf', { focused: true })] });
		const choices = (auto.data as { choices: Array<{ name: string; value: string }> }).choices;
		expect(choices[0]?.value).toBe('okaf');
		const okafor = choices.find((c) => c.name.startsWith('Hannah Okafor'));
		expect(okafor).toBeDefined();
		const res = await subscribe(okafor?.value ?? '', { delivery: 'here' });
		const text = replyText(res.data);
		expect(text).toContain('mentions **Hannah Okafor**');
		expect(text).toContain(`<#${world.guildA.channels[0]?.id}>`);
		expect(text).toContain(batteryPlant.title);
		expect(text).toContain(usineFr.title);
		await vi.waitFor(() => {
			const matched = world.matcher().match(batteryPlant, { guildId: world.guildA.id });
			expect(matched.some((s) => s.topic.kind === 'entity' && s.delivery === 'here')).toBe(true);
		});
	});

	it('refuses the same topic twice, written differently', async () => {
		await subscribe('Florange, Lorraine');
		const again = await subscribe('lorraine,  FLORANGE');
		expect(replyText(again.data)).toContain('already follow');
	});

	it('confirms in French, and says when no recent brief would have matched', async () => {
		const res = await subscribe('hydrogène', { locale: 'fr' });
		const text = replyText(res.data);
		expect(text).toContain('Les articles avec «hydrogene»');
		expect(text).toContain('Aucun résumé récent');
	});

	it('answers empty, exclusion-only, overlong and hostile topics clearly without pinging', async () => {
		const cases: Array<[string, RegExp]> = [
			['', /Give a person/],
			['   ', /Give a person/],
			['-tesla', /not only words to exclude/],
			['x'.repeat(6_000), /too long/],
			['" * ( , -', /Give a person/],
			['e:999999999', /not known in this server/],
		];
		for (const [topic, expected] of cases) {
			const res = await subscribe(topic);
			expect(res.ephemeral).toBe(true);
			expect(res.data?.allowed_mentions).toEqual({ parse: [] });
			expect(replyText(res.data)).toMatch(expected);
		}
		// FTS operators are plain words here: NEAR( follows the word "near".
		expect(replyText((await subscribe('NEAR( OR')).data)).toContain('«near» and «or»');
		const everyone = await subscribe('@everyone 🦄 مرحبا');
		expect(everyone.data?.allowed_mentions).toEqual({ parse: [] });
		expect(replyText(everyone.data)).not.toMatch(/@everyone/);
	});

	it('keeps guild B’s entities out of guild A’s autocomplete and subscriptions', async () => {
		const auto = await world.interact({ type: 'autocomplete', command: 'subscribe', options: [option('topic', 'nordb', { focused: true })] });
		const choices = (auto.data as { choices: Array<{ value: string }> }).choices;
		expect(choices.map((c) => c.value)).toEqual(['nordb']);
		const inB = await world.store.mentions.findEntity(world.guildB.id, 'Nordbank');
		const res = await subscribe(`e:${inB?.id}`);
		expect(replyText(res.data)).toContain('not known in this server');
	});
});

describe('/subscriptions and /unsubscribe', () => {
	it('lists only your own topics in this guild, with how each arrives', async () => {
		await subscribe('SNCF', { userId: OTHER_READER });
		await subscribe('Nordbank', { guild: 'B' });
		const res = await world.interact({ command: 'subscriptions' });
		const text = replyText(res.data);
		expect(text).toContain('Hannah Okafor');
		expect(text).toContain('by DM');
		expect(text).toContain('mention in <#');
		expect(text).not.toContain('SNCF');
		expect(text).not.toContain('Nordbank');
	});

	it('shows a subscription paused because DMs are closed', async () => {
		const own = await world.store.subscriptions.listForUser(world.guildA.id, '600000000000000001');
		const hydrogen = own.find((s) => s.topic.label === 'hydrogène');
		await world.store.subscriptions.setPaused(hydrogen?.id ?? 0, 'dm-closed');
		const text = replyText((await world.interact({ command: 'subscriptions' })).data);
		expect(text).toContain('paused: your direct messages are closed');
	});

	it('autocompletes your own topics and removes the one picked', async () => {
		const auto = await world.interact({ type: 'autocomplete', command: 'unsubscribe', options: [option('topic', 'flor', { focused: true })] });
		const choices = (auto.data as { choices: Array<{ name: string; value: string }> }).choices;
		expect(choices.map((c) => c.name)).toEqual(['Florange, Lorraine']);
		const res = await world.interact({ command: 'unsubscribe', options: [option('topic', choices[0]?.value ?? '')] });
		expect(replyText(res.data)).toContain('no longer follow **Florange, Lorraine**');
		const left = await world.store.subscriptions.listForUser(world.guildA.id, '600000000000000001');
		expect(left.map((s) => s.topic.label)).not.toContain('Florange, Lorraine');
	});

	it('cannot remove someone else’s topic, even with its id', async () => {
		const theirs = await world.store.subscriptions.listForUser(world.guildA.id, OTHER_READER);
		const res = await world.interact({ command: 'unsubscribe', options: [option('topic', `s:${theirs[0]?.id}`)] });
		expect(replyText(res.data)).toContain('do not follow that topic');
		expect(await world.store.subscriptions.listForUser(world.guildA.id, OTHER_READER)).toHaveLength(1);
	});

	it('removes a topic typed by its label', async () => {
		const res = await world.interact({ command: 'unsubscribe', options: [option('topic', 'HYDROGENE')] });
		expect(replyText(res.data)).toContain('no longer follow');
	});
});

describe('hostile input elsewhere', () => {
	it('answers every autocomplete with a valid list, whatever is typed', async () => {
		const typed = ['', 'x'.repeat(6_000), '"*" NEAR(', '🦄', 'مرحبا', '@everyone', '%', "'; DROP TABLE entities; --"];
		for (const [command, name] of [['who', 'name'], ['quote', 'who'], ['subscribe', 'topic'], ['unsubscribe', 'topic']] as const) {
			for (const value of typed) {
				const res = await world.interact({ type: 'autocomplete', command, options: [option(name, value, { focused: true })] });
				expect(res.type).toBe(8);
				const choices = (res.data as { choices: Array<{ name: string; value: string }> }).choices;
				expect(choices.length).toBeLessThanOrEqual(25);
				for (const choice of choices) {
					expect(choice.name.length).toBeGreaterThan(0);
					expect(choice.name.length).toBeLessThanOrEqual(100);
					expect(choice.value.length).toBeLessThanOrEqual(100);
				}
			}
		}
	});

	it('answers /unsubscribe with nonsense clearly', async () => {
		for (const topic of ['', 'x'.repeat(6_000), 's:abc', 's:99999999', '@everyone', '🦄']) {
			const res = await world.interact({ command: 'unsubscribe', options: [option('topic', topic)] });
			expect(res.ephemeral).toBe(true);
			expect(res.data?.allowed_mentions).toEqual({ parse: [] });
			expect(replyText(res.data)).toContain('do not follow that topic');
		}
	});
});

describe('/brief and /help', () => {
	it('briefs a URL privately unless asked to be public', async () => {
		const res = await world.interact({ command: 'brief', options: [option('url', usineFr.url ?? '')] });
		expect(res.type).toBe(5);
		expect(res.ephemeral).toBe(true);
		const settled = await res.settled();
		expect(replyText(settled)).toContain(usineFr.title);
		const pub = await world.interact({ command: 'brief', options: [option('url', batteryPlant.url ?? ''), option('public', true)] });
		expect(pub.ephemeral).toBe(false);
		expect(replyText(await pub.settled())).toContain(batteryPlant.title);
	});

	it('explains a URL it cannot brief, and refuses what is not a web address', async () => {
		const missing = await world.interact({ command: 'brief', options: [option('url', 'https://nowhere.example/gone')] });
		expect(replyText(await missing.settled())).toContain('No brief for that page');
		for (const url of ['javascript:alert(1)', 'not a url', 'file:///etc/passwd', 'x'.repeat(6_000)]) {
			const res = await world.interact({ command: 'brief', options: [option('url', url)] });
			expect(res.ephemeral).toBe(true);
			expect(replyText(res.data)).toContain('full web address');
		}
	});

	it('shows help in English and French', async () => {
		expect(replyText((await world.interact({ command: 'help' })).data)).toContain('/subscribe topic');
		expect(replyText((await world.interact({ command: 'help', locale: 'fr' })).data)).toContain('être prévenu');
	});
});
