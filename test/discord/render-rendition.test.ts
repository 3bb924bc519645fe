import { describe, expect, it } from 'vitest';
import type { BriefRendition } from '../../src/discord/brief-rendition.js';
import { renderBrief } from '../../src/discord/render-brief.js';
import { frenchBrief } from '../llm/french-brief.js';
import { expectWithinDiscordLimits } from './helpers/limits.js';

function translated(overrides: Partial<BriefRendition> = {}): BriefRendition {
	return {
		language: 'en',
		translatedFrom: 'fr',
		summary: ['The Brest port council voted a 1.5 billion euro plan on Tuesday.', 'Work starts in spring.'],
		quoteTranslations: ['This terminal will serve the region for fifty years', null],
		abstractive: false,
		...overrides,
	};
}

describe('renderBrief with a rendition', () => {
	it('shows the translated summary and quote in English, the original quote under it, and the same speaker', () => {
		const brief = frenchBrief();
		const embed = renderBrief(brief, { rendition: translated() }).embeds[0];
		expect(embed.description).toBe('The Brest port council voted a 1.5 billion euro plan on Tuesday. Work starts in spring.');
		expect(embed.fields?.map((f) => f.name)).toEqual(['Key quotes', 'People', 'Companies']);
		expect(embed.fields?.[0]?.value).toBe(
			'“This terminal will serve the region for fifty years” — **Marie Lefèvre**\n> «\u00a0Ce terminal servira la région pendant cinquante ans\u00a0»',
		);
		expect(embed.footer?.text).toBe('translated from French');
	});

	it('writes the footer note in the reader language and says when a model wrote the summary', () => {
		const de = renderBrief(frenchBrief({ language: 'en' }), { rendition: translated({ language: 'de', translatedFrom: 'en', abstractive: true }) }).embeds[0];
		expect(de.footer?.text).toBe('maschinell übersetzt, Original auf Englisch · Zusammenfassung von einem Sprachmodell');
		const same = renderBrief(frenchBrief(), { rendition: translated({ language: 'fr', translatedFrom: null, quoteTranslations: [], abstractive: true }) }).embeds[0];
		expect(same.footer?.text).toBe('Français · résumé rédigé par un modèle de langage');
		expect(same.fields?.[0]?.value.startsWith('«\u00a0Ce terminal')).toBe(true);
	});

	it('neutralises mentions and markdown a hostile model put in its answer, and allows no mention', () => {
		const hostile = translated({
			summary: ['@everyone free **nitro** at <@123456789012345678> [click](https://evil.example)'],
			quoteTranslations: ['<@&123456789012345678> @here', null],
		});
		const payload = renderBrief(frenchBrief(), { rendition: hostile });
		const text = JSON.stringify(payload.embeds);
		expect(text).not.toMatch(/@everyone|@here|<@&?\d+>/);
		expect(payload.embeds[0].description).toContain('\\*\\*nitro\\*\\*');
		expect(payload.allowed_mentions).toEqual({ parse: [] });
	});

	it('keeps every Discord limit with very long translations', () => {
		const long = 'word '.repeat(3_000);
		const brief = frenchBrief({ quotes: Array.from({ length: 3 }, () => ({ ...frenchBrief().quotes[0]!, text: long })) });
		const payload = renderBrief(brief, { rendition: translated({ summary: [long, long], quoteTranslations: [long, long, long] }) });
		expectWithinDiscordLimits(payload);
		expect(payload.embeds[0].fields?.[0]?.value.split('\n> ')).toHaveLength(4);
	});
});
