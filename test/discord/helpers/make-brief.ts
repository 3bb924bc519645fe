import { BRIEF_SCHEMA_VERSION, type Brief } from '../../../src/briefs/types.js';

/** A small, valid brief; tests override what they exercise. */
export function makeBrief(overrides: Partial<Brief> = {}): Brief {
	return {
		schemaVersion: BRIEF_SCHEMA_VERSION,
		title: 'Harbour authority approves the new ferry terminal',
		url: 'https://news.example.org/2026/ferry-terminal',
		canonicalUrl: null,
		originalSource: { name: 'news.example.org', url: 'https://news.example.org' },
		republishedVia: [],
		siteName: 'Example News',
		language: 'en',
		publishedAt: '2026-11-20T08:30:00.000Z',
		byline: null,
		paragraphs: [],
		text: '',
		removed: [],
		minhash: [],
		summary: ['The harbour authority approved the terminal on Tuesday.', 'Work starts in spring.'],
		quotes: [
			{
				text: 'This terminal will serve the region for fifty years',
				start: 0,
				end: 0,
				speaker: 'Maria Lindqvist',
				speakerText: 'Lindqvist',
				speakerEntityId: 'e1',
				cue: 'said',
				key: true,
			},
		],
		entities: [
			{ id: 'e1', name: 'Maria Lindqvist', type: 'person', aliases: [], roles: ['port director'], mentions: [] },
			{ id: 'e2', name: 'Nordhavn Ferries', type: 'organization', aliases: [], roles: [], mentions: [] },
		],
		topics: [],
		...overrides,
	};
}
