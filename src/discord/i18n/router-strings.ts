/** The interaction router's own answers: a command that failed on our side, or one it does not know. */
import type { AreaTables, StringTable } from './message.js';

const routerEn = {
	failed: 'Something went wrong on our side. Please try again later.',
	unknown: 'This command is not available.',
} as const satisfies StringTable;

export const ROUTER_STRINGS: AreaTables<typeof routerEn> = {
	en: routerEn,
	fr: { failed: 'Une erreur est survenue de notre côté. Réessayez plus tard.', unknown: "Cette commande n'est pas disponible." },
};
