/** Reply strings of /settings. */
import type { AreaTables, StringTable, Translation } from './message.js';

const settingsEn = {
	title: 'Brief settings',
	language: 'Language',
	summary: 'Summary',
	original: 'each article in its own language',
	extractive: 'extractive (sentences of the article)',
	abstractive: 'abstractive (2-3 sentences written by a language model, checked against the article)',
	saved: 'Saved. New briefs follow these settings.',
	noModel: 'No language model is configured for this bot (LLM_BASE_URL), so briefs stay in their language and extractive until the operator sets one.',
	guildOnly: 'This command works in a server only.',
	forbidden: 'You need the Manage Server permission to change these settings.',
	unavailable: 'Settings are not available on this bot.',
} as const satisfies StringTable;

export const SETTINGS_STRINGS: AreaTables<typeof settingsEn> = {
	en: settingsEn,
	fr: {
		title: 'Réglages des résumés',
		language: 'Langue',
		summary: 'Résumé',
		original: 'chaque article dans sa langue',
		extractive: 'extractif (phrases de l’article)',
		abstractive: 'génératif (2-3 phrases écrites par un modèle de langage, vérifiées sur l’article)',
		saved: 'Enregistré. Les nouveaux résumés suivent ces réglages.',
		noModel: 'Aucun modèle de langage n’est configuré pour ce bot (LLM_BASE_URL) : les résumés restent dans leur langue et extractifs tant que l’opérateur n’en configure pas.',
		guildOnly: 'Cette commande ne fonctionne que sur un serveur.',
		forbidden: 'Il faut la permission Gérer le serveur pour changer ces réglages.',
		unavailable: 'Les réglages ne sont pas disponibles sur ce bot.',
	} satisfies Translation<typeof settingsEn>,
};
