/** The fields of a page's JSON-LD article object that the metadata needs. */
export interface JsonLdArticle {
	headline: string | null;
	datePublished: string | null;
	author: string | null;
	publisher: string | null;
	isBasedOn: string | null;
	/** The organisation the content comes from (`sourceOrganization`, else a `copyrightHolder` other than the publisher). */
	sourceOrganization: { name: string | null; url: string | null } | null;
	url: string | null;
	inLanguage: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|Posting|WebPage)$/u;

function asText(value: Json | undefined): string | null {
	if (typeof value === 'string') return value.trim() || null;
	if (Array.isArray(value)) {
		const names = value.map((item) => asText(item)).filter((item): item is string => item !== null);
		return names.length ? names.join(', ') : null;
	}
	if (value && typeof value === 'object') return asText(value['name'] ?? value['url'] ?? value['@id']);
	return null;
}

function asUrl(value: Json | undefined): string | null {
	if (typeof value === 'string') return value.trim() || null;
	if (Array.isArray(value)) return asUrl(value[0]);
	if (value && typeof value === 'object') return asUrl(value['url'] ?? value['@id']);
	return null;
}

function typeOf(node: { [key: string]: Json }): string {
	const type = node['@type'];
	return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

function collectObjects(value: Json, out: Array<{ [key: string]: Json }>, depth: number): void {
	if (depth > 6 || out.length > 50) return;
	if (Array.isArray(value)) for (const item of value) collectObjects(item, out, depth + 1);
	else if (value && typeof value === 'object') {
		out.push(value);
		if (value['@graph']) collectObjects(value['@graph'], out, depth + 1);
		if (value['mainEntity']) collectObjects(value['mainEntity'], out, depth + 1);
	}
}

function organisationOf(article: { [key: string]: Json }): { name: string | null; url: string | null } | null {
	const publisher = asText(article['publisher']);
	const holder = article['copyrightHolder'];
	// A copyright holder other than the publisher owns the text the publisher merely carries.
	const value = article['sourceOrganization'] ?? (holder && asText(holder) !== publisher ? holder : undefined);
	if (value === undefined || value === null) return null;
	const name = typeof value === 'object' && !Array.isArray(value) ? asText(value['name']) : asText(value);
	const url = typeof value === 'object' && !Array.isArray(value) ? asUrl(value['url'] ?? value['@id']) : null;
	return name || url ? { name: name && !/^https?:/u.test(name) ? name : null, url: url ?? (name && /^https?:/u.test(name) ? name : null) } : null;
}

/** The article described by the page's JSON-LD blocks; broken JSON is skipped, since pages often ship it. */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle | null {
	const objects: Array<{ [key: string]: Json }> = [];
	for (const block of blocks) {
		try {
			collectObjects(JSON.parse(block) as Json, objects, 0);
		} catch {
			continue;
		}
	}
	const articles = objects.filter((node) => ARTICLE_TYPE.test(typeOf(node)));
	const article = articles.find((node) => !/WebPage$/u.test(typeOf(node))) ?? articles[0];
	if (!article) return null;
	return {
		headline: asText(article['headline'] ?? article['name']),
		datePublished: asText(article['datePublished'] ?? article['dateCreated']),
		author: asText(article['author'] ?? article['creator']),
		publisher: asText(article['publisher']),
		isBasedOn: asUrl(article['isBasedOn'] ?? article['isBasedOnUrl']),
		sourceOrganization: organisationOf(article),
		url: asUrl(article['url'] ?? article['mainEntityOfPage']),
		inLanguage: asText(article['inLanguage']),
	};
}
