/**
 * What pages that are not articles say of themselves, as data: error pages and paywall stubs in en, fr, de, es.
 * Matched on the title and the first lines of a short page only, so an article about a paywall is not refused.
 */
export const ERROR_PAGE_PATTERNS: readonly RegExp[] = [
	/\b(?:404|403|410|500|502|503)\b.{0,40}\b(?:not found|error|forbidden|unavailable|introuvable|erreur|nicht gefunden|fehler|no encontrada|error)\b/iu,
	/\b(?:page|article|content) (?:not found|(?:is )?no longer available|has been removed|does not exist)\b/iu,
	/\b(?:oops|sorry)\b.{0,60}\b(?:went wrong|can['’]t find|cannot find|could not be found)\b/iu,
	/\b(?:page|article|contenu) (?:introuvable|n['’]existe plus|(?:est )?indisponible)\b/iu,
	/\b(?:seite|artikel|inhalt) (?:wurde )?nicht (?:gefunden|verfügbar)\b/iu,
	/\b(?:página|artículo|contenido) no (?:encontrad[oa]|disponible|existe)\b/iu,
	/\b(?:access denied|zugriff verweigert|accès refusé|acceso denegado)\b/iu,
];

export const PAYWALL_PATTERNS: readonly RegExp[] = [
	/\b(?:subscribe|sign in|log in|register) to (?:continue|keep) reading\b/iu,
	/\b(?:this (?:article|story|content) is (?:for|only available to|reserved for) (?:subscribers|members))\b/iu,
	/\bto (?:continue|keep) reading,? (?:subscribe|sign in|log in|become a (?:member|subscriber))\b/iu,
	/\b(?:abonnez-vous|connectez-vous) pour (?:lire la suite|continuer)\b/iu,
	/\b(?:cet article est|article) réservé aux abonnés\b/iu,
	/\bil vous reste \d+ ?% de cet article\b/iu,
	/\b(?:jetzt )?(?:weiterlesen|lesen sie weiter) mit\b/iu,
	/\b(?:dieser artikel ist|artikel) (?:nur )?für (?:abonnenten|abonnentinnen|plus-leser)\b/iu,
	/\bpara (?:seguir|continuar) leyendo\b/iu,
	/\b(?:este artículo es|contenido) (?:exclusivo )?para suscriptores\b/iu,
];

/** Template syntax left unrendered in the text: AngularJS/Vue/Handlebars braces, ERB/EJS tags, controller names. */
export const TEMPLATE_PATTERNS: readonly RegExp[] = [
	/\{\{[^{}\n]{1,200}\}\}/u,
	/<%[=-]?[^%\n]{0,200}%>/u,
	/\b[a-z]\w*\.\w+(?:Controller|Ctrl)\b/u,
	/\b(?:ng|v)-(?:if|for|repeat|bind|model|show|click|controller)\b/u,
	/\$\{[a-zA-Z_][\w.]{0,60}\}/u,
];
