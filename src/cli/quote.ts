/**
 * `briefbot quote [--who NAME] [--about TEXT] [--limit N] [--guild ID] [--json]`: stored quotes, newest and
 * most relevant first.
 */
import { formatDate, openLookupStore, readOption } from './lookup-store.js';

export async function run(argv: string[]): Promise<number> {
	const guild = readOption(argv, 'guild') ?? 'console';
	const who = readOption(argv, 'who');
	const about = readOption(argv, 'about');
	const limit = Math.max(1, Math.min(100, Number(readOption(argv, 'limit') ?? 10) || 10));
	const json = argv.includes('--json');
	if (!who && !about) {
		process.stderr.write('usage: briefbot quote [--who NAME] [--about TEXT] [--limit N] [--guild ID] [--json]\n');
		return 2;
	}
	const store = await openLookupStore();
	try {
		let speakerEntityId: number | undefined;
		if (who) {
			const entity = (await store.mentions.findEntity(guild, who)) ?? (await store.mentions.autocompleteEntities(guild, who, 1))[0];
			if (!entity) {
				process.stdout.write(json ? `${JSON.stringify({ error: 'not found' })}\n` : `No one called "${who}" yet.\n`);
				return 1;
			}
			speakerEntityId = entity.id;
		}
		const { hits, total } = await store.mentions.searchQuotes({
			guildId: guild,
			...(speakerEntityId !== undefined ? { speakerEntityId } : {}),
			...(about ? { about } : {}),
			limit,
		});
		if (json) {
			process.stdout.write(`${JSON.stringify({ total, hits })}\n`);
			return 0;
		}
		if (hits.length === 0) process.stdout.write('No quotes found.\n');
		for (const q of hits) {
			process.stdout.write(`«${q.text}»\n  — ${q.speaker ?? 'unattributed'}, ${q.articleTitle} (${formatDate(q.publishedAt ?? q.createdAt)})${q.articleUrl ? ` <${q.articleUrl}>` : ''}\n\n`);
		}
		if (total > hits.length) process.stdout.write(`${total - hits.length} more.\n`);
		return 0;
	} finally {
		await store.close();
	}
}
