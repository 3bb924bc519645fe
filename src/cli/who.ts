/**
 * `briefbot who <name> [--guild ID] [--json]`: the card of a person or company, from what the bot has stored
 * (console mode stores under the guild "console").
 */
import type { EntityCard } from '../store/types.js';
import { formatDate, openLookupStore, readOption } from './lookup-store.js';

export async function run(argv: string[]): Promise<number> {
	const guild = readOption(argv, 'guild') ?? 'console';
	const json = argv.includes('--json');
	const name = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--guild').join(' ').trim();
	if (!name) {
		process.stderr.write('usage: briefbot who <name> [--guild ID] [--json]\n');
		return 2;
	}
	const store = await openLookupStore();
	try {
		const found = (await store.mentions.findEntity(guild, name)) ?? (await store.mentions.autocompleteEntities(guild, name, 1))[0];
		const card = found ? await store.mentions.entityCard(guild, found.id) : null;
		if (!card) {
			const close = await store.mentions.closestEntities(guild, name, 5);
			if (json) process.stdout.write(`${JSON.stringify({ error: 'not found', closest: close.map((c) => c.name) })}\n`);
			else process.stdout.write(`No one called "${name}" yet.${close.length ? ` Did you mean: ${close.map((c) => c.name).join(', ')}?` : ''}\n`);
			return 1;
		}
		process.stdout.write(json ? `${JSON.stringify(card)}\n` : formatCard(card));
		return 0;
	} finally {
		await store.close();
	}
}

function formatCard(card: EntityCard): string {
	const lines = [`${card.name} (${card.type})`];
	if (card.aliases.length) lines.push(`  also: ${card.aliases.join(', ')}`);
	for (const role of card.roles) lines.push(`  • ${role.role} — ${role.articleTitle}`);
	lines.push(`  ${card.mentionCount} mention${card.mentionCount === 1 ? "" : "s"}, first seen ${formatDate(card.firstSeen)}, last seen ${formatDate(card.lastSeen)}`);
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
