import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseFilter } from '../filters/parse-filter.js';
import { ConfigError } from '../shared/errors.js';

const entrySchema = z.object({
	url: z.url(),
	backfill: z.number().int().min(0).max(50).optional(),
	guildId: z.string().min(1).optional(),
	channelId: z.string().min(1).optional(),
	/** A /feed filter expression; refused at start with its position when it does not parse. */
	filter: z
		.string()
		.superRefine((value, ctx) => {
			const parsed = parseFilter(value);
			if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `filter: ${parsed.error.code} at character ${parsed.error.position}` });
		})
		.optional(),
	format: z.enum(['full', 'compact', 'headline']).optional(),
});

export type FeedsFileEntry = z.infer<typeof entrySchema>;

/** The feeds to follow at start, from FEEDS_FILE: a JSON array of `{url, backfill?, guildId?, channelId?, filter?, format?}`. */
export async function readFeedsFile(path: string): Promise<FeedsFileEntry[]> {
	let raw: unknown;
	try {
		raw = JSON.parse(await readFile(path, 'utf8'));
	} catch (error) {
		throw new ConfigError([`FEEDS_FILE: ${path} could not be read as JSON (${(error as Error).message})`]);
	}
	const parsed = z.array(entrySchema).safeParse(raw);
	if (!parsed.success) {
		throw new ConfigError(parsed.error.issues.map((i) => `FEEDS_FILE[${i.path.join('.')}]: ${i.message}`));
	}
	return parsed.data;
}
