import type { Brief } from '../../briefs/types.js';
import { capIngest } from '../brief-caps.js';
import { decodeSignature, encodeSignature, lshBandKeys } from '../minhash-lsh.js';
import type { IngestInput, IngestResult } from '../types.js';
import { articleUrlKeys, parseTime, sortTime, sourceName, STORY_WINDOW_MS } from '../policy/article-policy.js';
import { planContent } from '../policy/content-plan.js';
import { bestStory, type StoryCandidate } from '../policy/story-match.js';
import { encodeBrief } from './brief-json.js';
import { prepareInsertDelivery } from './delivery-store.js';
import { prepareEntityResolver } from './entity-resolver.js';
import { prepareGuildVisibility, type ArticleContent } from './guild-visibility.js';
import type { SqliteDb } from './open-db.js';
import type { StoryIndex } from './story-index.js';

/** Candidates checked per brief: a band shared by very many articles is boilerplate, not a story. */
const MAX_CANDIDATES = 200;

interface ArticleRef {
	id: number;
	story_id: number;
	sort_at: number;
}

export function prepareIngest(db: SqliteDb, now: () => number, stories: StoryIndex): (input: IngestInput) => IngestResult {
	const visibility = prepareGuildVisibility(db);
	const resolver = prepareEntityResolver(db);
	const insertDelivery = prepareInsertDelivery(db);
	const s = {
		byUrl: db.prepare<[string], number>('SELECT article_id FROM article_urls WHERE url_key = ?').pluck(),
		byItem: db.prepare<[number, string], number>('SELECT id FROM articles WHERE feed_id = ? AND item_key = ? LIMIT 1').pluck(),
		ref: db.prepare<[number], ArticleRef>('SELECT id, story_id, sort_at FROM articles WHERE id = ?'),

		candidate: db.prepare<[number], { story_id: number; minhash: Buffer | null; created_at: number }>(
			'SELECT story_id, minhash, created_at FROM articles WHERE id = ?',
		),
		// The id is chosen before the insert so that a story's first article is written with its own story id:
		// inserting 0 and updating it afterwards moved the articles_story entry, dirtying one more page per commit.
		nextId: db.prepare<[], number>('SELECT coalesce(max(id), 0) + 1 FROM articles').pluck(),
		preferCopy: db.prepare(
			`UPDATE deliveries SET article_id = ?, copy_rank = ? WHERE story_id = ? AND channel_id = ? AND kind = 'channel'
			 AND status = 'pending' AND attempts = 0 AND next_attempt_at > ? AND copy_rank < ?`,
		),
		insertArticle: db.prepare(
			`INSERT INTO articles (id, story_id, url, canonical_url, title, summary, source_name, language, published_at, sort_at,
			 created_at, feed_id, item_key, minhash) VALUES (@id, @storyId, @url, @canonicalUrl, @title, @summary, @sourceName,
			 @language, @publishedAt, @sortAt, @createdAt, @feedId, @itemKey, @minhash)`,
		),
		insertUrl: db.prepare('INSERT OR IGNORE INTO article_urls (url_key, article_id) VALUES (?, ?)'),
		insertBrief: db.prepare('INSERT INTO briefs (article_id, schema_version, json) VALUES (?, ?, ?)'),

		insertMention: db.prepare('INSERT INTO mentions (article_id, entity_id, count) VALUES (?, ?, ?)'),
		insertQuote: db.prepare(
			'INSERT INTO quotes (article_id, ord, text, speaker, speaker_entity_id, is_key) VALUES (?, ?, ?, ?, ?, ?)',
		),
	};

	const findExisting = (keys: string[], input: IngestInput): number | undefined => {
		for (const key of keys) {
			const id = s.byUrl.get(key);
			if (id !== undefined) return id;
		}
		return input.feedId !== null && input.itemKey ? s.byItem.get(input.feedId, input.itemKey) : undefined;
	};

	function* storyCandidates(bands: number[], at: number): Generator<StoryCandidate> {
		for (const id of stories.candidates(bands, MAX_CANDIDATES)) {
			const row = s.candidate.get(id);
			if (row?.minhash && row.created_at >= at - STORY_WINDOW_MS) yield { storyId: row.story_id, signature: decodeSignature(row.minhash) };
		}
	}
	const findStory = (signature: number[], bands: number[], at: number): number | null => bestStory(signature, storyCandidates(bands, at));

	/** Entities, mentions and quotes of a story's first copy; later copies add no second set. */
	const writeContent = (articleId: number, brief: Brief, at: number, content: ArticleContent): void => {
		const resolved = brief.entities.map((entity) => resolver.resolve(entity, articleId, at));
		const { mentions, speakers } = planContent(brief, resolved);
		for (const [entityId, count] of mentions) {
			s.insertMention.run(articleId, entityId, count);
			content.entities.push(entityId);
		}
		brief.quotes.forEach((quote, index) => {
			if (!quote.text.trim()) return;
			const speaker = speakers[index] ?? null;
			const id = Number(s.insertQuote.run(articleId, index, quote.text, quote.speaker, speaker, quote.key ? 1 : 0).lastInsertRowid);
			content.quotes.push({ id, speaker: speaker ?? 0, text: quote.text });
		});
	};

	/** Guild visibility and one outbox row per target; for a copy, the guild also gets the story's first copy. */
	const serveTargets = (article: ArticleRef, input: IngestInput, at: number, isNew: boolean, content?: ArticleContent): number[] => {
		const root = article.story_id !== article.id ? s.ref.get(article.story_id) : undefined;
		let articleChanged = false;
		let rootChanged = false;
		const deliveryIds: number[] = [];
		for (const target of input.targets) {
			if (visibility.grant(article.id, target.guildId, article.sort_at, content)) articleChanged = true;
			if (root && visibility.grant(root.id, target.guildId, root.sort_at)) rootChanged = true;
			const id = insertDelivery({
				articleId: article.id,
				storyId: article.story_id,
				guildId: target.guildId,
				channelId: target.channelId,
				targetId: target.targetId,
				kind: 'channel',
				userId: null,
				mentionUserIds: [],
				at,
				dueAt: at + (input.hold?.ms ?? 0),
				copyRank: input.hold?.rank ?? 0,
			});
			if (id !== null) deliveryIds.push(id);
			// A copy that arrives while the story's delivery is held, and is more original, is the one posted.
			else if (isNew && input.hold && input.hold.ms > 0 && article.story_id !== article.id) {
				s.preferCopy.run(article.id, input.hold.rank, article.story_id, target.channelId, at, input.hold.rank);
			}
		}
		if (articleChanged || isNew) visibility.refreshFts(article.id, isNew, content);
		if (root && rootChanged) visibility.refreshFts(root.id, false);
		return deliveryIds;
	};

	return (uncapped) => {
		const input = capIngest(uncapped);
		const at = input.now ?? now();
		const { brief } = input;
		const keys = articleUrlKeys(brief);
		const existing = findExisting(keys, input);
		if (existing !== undefined) {
			const ref = s.ref.get(existing);
			if (ref) {
				const deliveryIds = serveTargets(ref, input, at, false);
				const duplicateOf = ref.story_id !== ref.id ? ref.story_id : null;
				return { articleId: ref.id, storyId: ref.story_id, duplicateOf, alreadyIngested: true, deliveryIds };
			}
		}
		const signature = brief.minhash;
		const bands = lshBandKeys(signature);
		const story = bands.length ? findStory(signature, bands, at) : null;
		const publishedAt = parseTime(brief.publishedAt);
		const sortAt = sortTime(publishedAt, at);
		const id = s.nextId.get()!;
		s.insertArticle.run({
			id,
			storyId: story ?? id,
			url: brief.url,
			canonicalUrl: brief.canonicalUrl,
			title: brief.title,
			summary: brief.summary.join(' '),
			sourceName: sourceName(brief),
			language: brief.language,
			publishedAt,
			sortAt,
			createdAt: at,
			feedId: input.feedId,
			itemKey: input.itemKey,
			minhash: signature.length ? encodeSignature(signature) : null,
		});
		for (const key of keys) s.insertUrl.run(key, id);
		s.insertBrief.run(id, brief.schemaVersion, encodeBrief(brief));
		const content: ArticleContent = { quotes: [], entities: [], title: brief.title, summary: brief.summary.join(' ') };
		if (story === null) writeContent(id, brief, at, content);
		const ref: ArticleRef = { id, story_id: story ?? id, sort_at: sortAt };
		const deliveryIds = serveTargets(ref, input, at, true, content);
		return { articleId: id, storyId: ref.story_id, duplicateOf: story, alreadyIngested: false, deliveryIds };
	};
}
