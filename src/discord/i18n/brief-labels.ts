/**
 * Per-language wording of a brief embed: quotation marks and field labels.
 * Unknown languages fall back to English labels and English curly quotes.
 */

export interface BriefLabels {
	/** The language the labels are written in, used to name the article's language in the footer. */
	locale: string;
	open: string;
	close: string;
	quotes: string;
	people: string;
	companies: string;
	alsoReportedBy: string;
	via: string;
	/** Footer note when the brief was built from the feed's excerpt, not the article page. */
	fromFeed: string;
	/** Footer note of a translated brief; `{language}` is the article's language named in this locale. */
	translatedFrom: string;
	/** Footer note when the summary was written by a language model. */
	abstractNote: string;
}

const EN: BriefLabels = {
	locale: 'en',
	open: '“',
	close: '”',
	quotes: 'Key quotes',
	people: 'People',
	companies: 'Companies',
	alsoReportedBy: 'also reported by',
	via: 'via',
	fromFeed: 'from the feed excerpt',
	translatedFrom: 'translated from {language}',
	abstractNote: 'summary by a language model',
};

// French and Spanish guillemets differ: French sets them off with a (no-break) space, Spanish does not.
const LABELS: Record<string, BriefLabels> = {
	en: EN,
	fr: {
		locale: 'fr',
		open: '«\u00a0',
		close: '\u00a0»',
		quotes: 'Citations clés',
		people: 'Personnes',
		companies: 'Entreprises',
		alsoReportedBy: 'également rapporté par',
		via: 'via',
		fromFeed: 'd’après l’extrait du flux',
		translatedFrom: 'traduction automatique, original en {language}',
		abstractNote: 'résumé rédigé par un modèle de langage',
	},
	de: {
		locale: 'de',
		open: '„',
		close: '“',
		quotes: 'Kernzitate',
		people: 'Personen',
		companies: 'Unternehmen',
		alsoReportedBy: 'auch berichtet von',
		via: 'über',
		fromFeed: 'aus dem Feed-Auszug',
		translatedFrom: 'maschinell übersetzt, Original auf {language}',
		abstractNote: 'Zusammenfassung von einem Sprachmodell',
	},
	es: {
		locale: 'es',
		open: '«',
		close: '»',
		quotes: 'Citas clave',
		people: 'Personas',
		companies: 'Empresas',
		alsoReportedBy: 'también informado por',
		via: 'vía',
		fromFeed: 'según el extracto del feed',
		translatedFrom: 'traducido del {language}',
		abstractNote: 'resumen escrito por un modelo de lenguaje',
	},
	it: { ...EN, open: '«', close: '»' },
	pt: { ...EN, open: '“', close: '”' },
	ru: { ...EN, open: '«', close: '»' },
	pl: { ...EN, open: '„', close: '”' },
	nl: { ...EN, open: '‘', close: '’' },
	ja: { ...EN, open: '「', close: '」' },
	zh: { ...EN, open: '“', close: '”' },
};

/** Labels for a BCP 47 / ISO 639-1 language tag ("fr", "fr-CA", "und"). */
export function getBriefLabels(language: string): BriefLabels {
	const primary = language.toLowerCase().split(/[-_]/)[0] ?? '';
	return LABELS[primary] ?? EN;
}

/** The language's name in `locale` ("French", "français"...); the code itself when the runtime cannot name it. */
export function describeLanguage(language: string, locale = 'en'): string | null {
	if (!language || language === 'und') return null;
	try {
		const name = new Intl.DisplayNames([locale], { type: 'language' }).of(language);
		if (!name || name === language) return language;
		return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
	} catch {
		return language;
	}
}
