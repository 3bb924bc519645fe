/**
 * Why a fetch, a feed or a brief failed, as stable codes, and what each means to a user in English and French.
 * Users see only these sentences; the details (addresses, library errors) go to the logs.
 */
export const FAILURE_CODES = [
	'invalid-url',
	'unsupported-scheme',
	'blocked-address',
	'dns',
	'timeout',
	'too-large',
	'redirects',
	'http-error',
	'network',
	'no-content',
	'not-a-feed',
	'feed-refused',
	'feed-empty',
	'no-text',
	'not-an-article',
	'too-short',
	'template-markup',
	'over-budget',
	'over-memory',
	'internal',
] as const;

export type FailureCode = (typeof FAILURE_CODES)[number];

/** A failure as the pipeline reports it: a code for users, a detail for logs. */
export interface Failure {
	status: 'error';
	code: FailureCode;
	/** English sentence for the code, for the CLI and logs; commands get a `ServiceFailure` and translate the code. */
	message: string;
	/** For logs only: never shown to users. */
	detail: string;
	httpStatus?: number;
}

/**
 * A failure as commands receive it (ADR 015): the code to translate into the user's language, never a sentence;
 * the details were logged where the failure happened.
 */
export interface ServiceFailure {
	status: 'error';
	code: FailureCode;
	httpStatus?: number;
}

/** The part of a failure a command may show: its code (and HTTP status), without the English sentence or the detail. */
export function forCommands(result: Failure): ServiceFailure {
	return { status: 'error', code: result.code, ...(result.httpStatus ? { httpStatus: result.httpStatus } : {}) };
}

// The user-facing sentences live here rather than in src/discord/i18n because the CLI (English) shows them too;
// the i18n module serves them through t(locale).failure and its tests check them with the other tables.
const TEXT: Record<'en' | 'fr', Record<FailureCode, string>> = {
	en: {
		'invalid-url': 'This is not a valid web address.',
		'unsupported-scheme': 'Only http and https addresses can be followed.',
		'blocked-address': 'This address is private or local, and the bot does not fetch those.',
		dns: 'The site’s name could not be resolved.',
		timeout: 'The server did not answer in time.',
		'too-large': 'The page is too large.',
		redirects: 'The address redirects too many times.',
		'http-error': 'The server answered with an error.',
		network: 'The server could not be reached.',
		'no-content': 'The server sent no content.',
		'not-a-feed': 'This address does not serve a feed (RSS, Atom or JSON Feed).',
		'feed-refused': 'This feed was refused: it is built to exhaust readers (oversized entity expansion).',
		'feed-empty': 'This feed has no items yet.',
		'no-text': 'No article text was found at this address.',
		'not-an-article': 'This page is not an article (a listing, an error page, a template or a paywall stub).',
		'too-short': 'The page has too little text to brief.',
		'template-markup': 'The page is an unrendered template, not an article.',
		'over-budget': 'The page took too long to read and was skipped.',
		'over-memory': 'The page needed too much memory to read and was skipped.',
		internal: 'Something went wrong on the bot’s side.',
	},
	fr: {
		'invalid-url': 'Ce n’est pas une adresse web valide.',
		'unsupported-scheme': 'Seules les adresses http et https peuvent être suivies.',
		'blocked-address': 'Cette adresse est privée ou locale, et le bot ne les lit pas.',
		dns: 'Le nom du site n’a pas pu être résolu.',
		timeout: 'Le serveur n’a pas répondu à temps.',
		'too-large': 'La page est trop volumineuse.',
		redirects: 'L’adresse redirige trop de fois.',
		'http-error': 'Le serveur a répondu par une erreur.',
		network: 'Le serveur est injoignable.',
		'no-content': 'Le serveur n’a envoyé aucun contenu.',
		'not-a-feed': 'Cette adresse ne sert pas de flux (RSS, Atom ou JSON Feed).',
		'feed-refused': 'Ce flux a été refusé : il est conçu pour épuiser les lecteurs (expansion d’entités démesurée).',
		'feed-empty': 'Ce flux n’a encore aucun article.',
		'no-text': 'Aucun texte d’article n’a été trouvé à cette adresse.',
		'not-an-article': 'Cette page n’est pas un article (une liste, une page d’erreur, un gabarit ou un accès payant).',
		'too-short': 'La page contient trop peu de texte pour être résumée.',
		'template-markup': 'La page est un gabarit non rendu, pas un article.',
		'over-budget': 'La page a pris trop de temps à lire et a été ignorée.',
		'over-memory': 'La page demandait trop de mémoire et a été ignorée.',
		internal: 'Un problème est survenu du côté du bot.',
	},
};

/** The sentence for `code` in the user's locale (Discord locales such as `fr`, `en-US`); English otherwise. */
export function failureText(code: FailureCode, locale: string | null | undefined, httpStatus?: number): string {
	const language = locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
	const text = TEXT[language][code];
	if (code === 'http-error' && httpStatus) return text.replace(/\.$/, ` (HTTP ${httpStatus}).`);
	return text;
}

export function failure(code: FailureCode, detail: string, httpStatus?: number): Failure {
	return { status: 'error', code, message: failureText(code, 'en', httpStatus), detail, ...(httpStatus ? { httpStatus } : {}) };
}

/** The code for a fetch error as the fetcher reports it (`kind` from FetchOutcome, message for DNS failures). */
export function fetchFailureCode(kind: string, message: string): FailureCode {
	switch (kind) {
		case 'blocked':
			return 'blocked-address';
		case 'timeout':
			return 'timeout';
		case 'too-large':
			return 'too-large';
		case 'redirect-loop':
		case 'too-many-redirects':
			return 'redirects';
		case 'http-error':
			return 'http-error';
		default:
			return /ENOTFOUND|EAI_AGAIN|EAI_NONAME|getaddrinfo/i.test(message) ? 'dns' : 'network';
	}
}
