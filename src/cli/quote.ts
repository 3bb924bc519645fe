/**
 * `briefbot quote [--who NAME] [--about TEXT] [--limit N] [--guild ID] [--json]`: stored quotes, newest and
 * most relevant first.
 */
import { intOption, runCommand, UsageError, type CommandSpec } from './args.js';
import { formatDate, GUILD_OPTION, openLookupStore } from './lookup-store.js';

export const SPEC: CommandSpec = {
	name: 'quote',
	synopsis: '--who NAME | --about TEXT [options]',
	description: 'Prints stored quotes, newest and most relevant first: by a speaker, about a subject, or both.',
	options: {
		who: { type: 'string', value: 'NAME', description: 'quotes by this person' },
		about: { type: 'string', value: 'TEXT', description: 'quotes about this subject (plain words, not search syntax)' },
		limit: { type: 'string', value: 'N', description: 'how many quotes to print, 1 to 100 (default: 10)' },
		guild: GUILD_OPTION,
		json: { type: 'boolean', description: 'print {total, hits} as JSON' },
	},
	positionals: { min: 0, max: 0 },
};

export async function run(argv: string[]): Promise<number> {
	return runCommand(SPEC, argv, (values) => lookUp(values));
}

async function lookUp(values: Record<string, string | boolean | undefined>): Promise<number> {
	const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() || undefined : undefined);
	const guild = text('guild') ?? 'console';
	const who = text('who');
	const about = text('about');
	const limit = intOption(values['limit'], 'limit', { min: 1, max: 100, fallback: 10 });
	const json = values['json'] === true;
	if (!who && !about) throw new UsageError('give --who NAME, --about TEXT, or both');
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
