import type { TemplateSet } from './templates/types.js';

/** Every other template of each kind and language (`half` 0 or 1): wording the other half never shows. */
export function halfOf(templates: TemplateSet, half: number): TemplateSet {
	const out = {} as Record<string, Record<string, string[]>>;
	for (const [kind, byLang] of Object.entries(templates)) {
		out[kind] = Object.fromEntries(Object.entries(byLang).map(([lang, list]) => [lang, list.filter((_, i) => i % 2 === half)]));
	}
	return out as TemplateSet;
}
