/**
 * `briefbot who <name> [--guild ID] [--json]`: the card of a person or company, from what the bot has stored
 * (console mode stores under the guild "console").
 */
import type { EntityCard } from '../store/types.js';
import { runCommand, type CommandSpec } from './args.js';
import { formatDate, GUILD_OPTION, openLookupStore } from './lookup-store.js';

export const SPEC: CommandSpec = {
	name: 'who',
	synopsis: '<name> [options]',
	description: 'Prints the card of a person or organisation the bot has read about: roles, mentions, quotes, articles.',
	options: {
		guild: GUILD_OPTION,
		json: { type: 'boolean', description: 'print the card as JSON' },
	},
	positionals: { min: 1, max: Number.POSITIVE_INFINITY },
};

/** Suggestions shown when no one has the name; only close names (src/store/name-closeness.ts). */
const SUGGESTIONS = 5;

export async function run(argv: string[]): Promise<number> {
	return runCommand(SPEC, argv, async (values, positionals) => {
		const guild = typeof values['guild'] === 'string' ? values['guild'] : 'console';
		const json = values['json'] === true;
		// Unquoted words are one name: `who Claire Dubois` is `who "Claire Dubois"`.
		const name = positionals.join(' ').trim();
		const store = await openLookupStore();
		try {
			const found = (await store.mentions.findEntity(guild, name)) ?? (await store.mentions.autocompleteEntities(guild, name, 1))[0];
			const card = found ? await store.mentions.entityCard(guild, found.id) : null;
			if (!card) {
				const close = await store.mentions.closestEntities(guild, name, SUGGESTIONS);
				if (json) process.stdout.write(`${JSON.stringify({ error: 'not found', closest: close.map((c) => c.name) })}\n`);
				else process.stdout.write(`No one called "${name}" yet.${close.length ? ` Did you mean: ${close.map((c) => c.name).join(', ')}?` : ''}\n`);
				return 1;
			}
			process.stdout.write(json ? `${JSON.stringify(card)}\n` : formatCard(card));
			return 0;
		} finally {
			await store.close();
		}
	});
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatCard(card: EntityCard): string {
	const lines = [`${card.name} (${card.type})`];
	if (card.aliases.length) lines.push(`  also: ${card.aliases.join(', ')}`);
	for (const role of card.roles) lines.push(`  • ${role.role} — ${role.articleTitle}`);
	lines.push(`  ${plural(card.mentionTotal, 'mention')} in ${plural(card.mentionCount, 'article')}, first seen ${formatDate(card.firstSeen)}, last seen ${formatDate(card.lastSeen)}`);
	if (card.topQuotes.length) {
		lines.push('  Quotes:');
		for (const q of card.topQuotes) lines.push(`   «${q.text}» (${q.articleTitle}, ${formatDate(q.publishedAt ?? q.createdAt)})`);
	}
	if (card.latestArticles.length) {
		lines.push('  Latest articles:');
		for (const a of card.latestArticles) lines.push(`   ${a.title}${a.url ? ` <${a.url}>` : ''}`);
	}
	if (card.related.length) lines.push(`  Often with: ${card.related.map((r) => r.name).join(', ')}`);
	return `${lines.join('\n')}\n`;
}
