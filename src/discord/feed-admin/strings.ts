/** Every user-facing string of /feed, in the locales we answer in. */

export type FeedLocale = 'en' | 'fr';

const EN = {
	guildOnly: 'This command only works in a server.',
	noPermission: 'You need the **Manage Server** permission to manage feeds.',
	urlEmpty: 'Please give the address of a feed (https://…).',
	urlTooLong: 'That address is too long: at most 2,048 characters.',
	urlInvalid: 'That is not a web address. Give the full URL of the feed, starting with https://.',
	urlScheme: 'Only http:// and https:// feeds can be followed.',
	backfillRange: 'Backfill must be a whole number from 0 to 10.',
	feedCheckFailed: 'That address cannot be followed: {message}',
	added: 'Now following **{title}** in {channel}. {count} items in the feed right now{backfill}.',
	addedBackfill: '; the newest {n} will be posted',
	alreadyFollowed: '**{title}** is already followed in {channel}.',
	feedUnknown: 'No feed of this server matches "{value}". Pick one from the list.',
	removed: 'Stopped following **{title}** ({count} channel(s)).',
	listEmpty: 'This server follows no feeds yet. Add one with `/feed add`.',
	listTitle: 'Feeds of this server',
	listMore: '…and {n} more.',
	statusActive: 'active',
	statusFailing: 'failing ({n} in a row)',
	statusDisabled: 'disabled: {reason}',
	statusPending: 'waiting for its first poll',
	targetDisabled: '{channel} disabled: {reason}',
	lastError: 'last error: {error}',
	nextPoll: 'next poll {when}',
	previewFailed: 'No preview: {message}',
	previewNote: 'Preview only: nothing was posted.',
} as const;

export type FeedStringKey = keyof typeof EN;

const FR: Record<FeedStringKey, string> = {
	guildOnly: 'Cette commande ne fonctionne que dans un serveur.',
	noPermission: 'Il faut la permission **Gérer le serveur** pour gérer les flux.',
	urlEmpty: "Indiquez l'adresse d'un flux (https://…).",
	urlTooLong: 'Cette adresse est trop longue : 2 048 caractères au plus.',
	urlInvalid: "Ce n'est pas une adresse web. Donnez l'URL complète du flux, commençant par https://.",
	urlScheme: 'Seuls les flux http:// et https:// peuvent être suivis.',
	backfillRange: 'Le rattrapage doit être un nombre entier de 0 à 10.',
	feedCheckFailed: 'Impossible de suivre cette adresse : {message}',
	added: 'Flux **{title}** suivi dans {channel}. {count} articles dans le flux actuellement{backfill}.',
	addedBackfill: ' ; les {n} plus récents seront publiés',
	alreadyFollowed: '**{title}** est déjà suivi dans {channel}.',
	feedUnknown: 'Aucun flux de ce serveur ne correspond à « {value} ». Choisissez-en un dans la liste.',
	removed: 'Le flux **{title}** n’est plus suivi ({count} salon(s)).',
	listEmpty: 'Ce serveur ne suit encore aucun flux. Ajoutez-en un avec `/feed add`.',
	listTitle: 'Flux de ce serveur',
	listMore: '…et {n} de plus.',
	statusActive: 'actif',
	statusFailing: 'en échec ({n} de suite)',
	statusDisabled: 'désactivé : {reason}',
	statusPending: 'en attente de sa première lecture',
	targetDisabled: '{channel} désactivé : {reason}',
	lastError: 'dernière erreur : {error}',
	nextPoll: 'prochaine lecture {when}',
	previewFailed: 'Pas d’aperçu : {message}',
	previewNote: 'Aperçu seulement : rien n’a été publié.',
};

export function toFeedLocale(locale: string | null | undefined): FeedLocale {
	return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The string for `key` in `locale`, with `{name}` placeholders filled. */
export function t(locale: FeedLocale, key: FeedStringKey, values: Record<string, string | number> = {}): string {
	const template: string = locale === 'fr' ? FR[key] : EN[key];
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
