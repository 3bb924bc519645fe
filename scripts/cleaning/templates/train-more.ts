/**
 * More TRAIN templates, in other wording again: the more ways the training sees a kind worded, the less the
 * classifier leans on any one phrasing. Merged into TRAIN_TEMPLATES; never reported on.
 */
import type { TemplateKind } from './types.js';
import type { Lang } from '../bodies.js';

export const MORE_TRAIN: Partial<Record<TemplateKind, Record<Lang, string[]>>> = {
	syndication: {
		en: ['Reprinted from {orig} under a content-sharing agreement.', 'This story was produced by {orig} and is shared here with its consent.', 'Via {orig}: read the full story on their website.'],
		fr: ['Repris de {orig} dans le cadre d’un accord de partage.', 'Ce texte a été produit par {orig} et reproduit ici avec son accord.', 'Une information {orig} à retrouver sur leur site.'],
		de: ['Nachdruck von {orig} im Rahmen einer Kooperation.', 'Dieser Text stammt von {orig} und erscheint hier mit deren Zustimmung.', 'Eine Meldung von {orig}, den ganzen Text lesen Sie dort.'],
		es: ['Reproducido de {orig} gracias a un acuerdo de colaboración.', 'Este texto fue elaborado por {orig} y se comparte con su autorización.', 'Una noticia de {orig}: lee el texto completo en su web.'],
	},
	promo: {
		en: ['Upgrade today and unlock every feature for half the price.', 'New customers get three months on us. Sign up in seconds.', 'Partner offer: earn up to 8% APY with {site}.'],
		fr: ['Passez à la version Pro et débloquez toutes les fonctions à moitié prix.', 'Nouveaux clients : trois mois offerts, inscription en quelques secondes.', 'Offre partenaire : jusqu’à 8 % de rendement avec {site}.'],
		de: ['Jetzt upgraden und alle Funktionen zum halben Preis nutzen.', 'Neukunden erhalten drei Monate gratis. In Sekunden registriert.', 'Partnerangebot: bis zu 8 % Zinsen mit {site}.'],
		es: ['Mejora tu plan hoy y desbloquea todas las funciones a mitad de precio.', 'Los nuevos clientes tienen tres meses gratis. Regístrate en segundos.', 'Oferta de socio: gana hasta un 8 % con {site}.'],
	},
	newsletter: {
		en: ['Independent reporting costs money. If you value it, consider a small gift.\nGive once\nGive monthly', 'The best of {site}, every Friday, straight to you.', 'Create a free account to keep reading.'],
		fr: ['Une information indépendante a un coût. Si vous y tenez, pensez à un petit geste.\nDonner une fois\nDonner chaque mois', 'Le meilleur de {site}, chaque vendredi, directement chez vous.', 'Créez un compte gratuit pour continuer votre lecture.'],
		de: ['Unabhängiger Journalismus kostet Geld. Wenn er Ihnen etwas wert ist, helfen Sie mit einem kleinen Betrag.\nEinmalig geben\nMonatlich geben', 'Das Beste von {site}, jeden Freitag direkt zu Ihnen.', 'Kostenloses Konto anlegen und weiterlesen.'],
		es: ['El periodismo independiente cuesta dinero. Si lo valoras, considera una pequeña aportación.\nAportar una vez\nAportar cada mes', 'Lo mejor de {site}, cada viernes, directamente para ti.', 'Crea una cuenta gratuita para seguir leyendo.'],
	},
	caption: {
		en: ['{person} arrives for the hearing. ({agency})', 'Courtesy of {agency}', 'Top image: {agency}'],
		fr: ['{person} à son arrivée à l’audience. ({agency})', 'Avec l’aimable autorisation de {agency}', 'En haut : {agency}'],
		de: ['{person} bei der Ankunft zur Anhörung. ({agency})', 'Bild: zur Verfügung gestellt von {agency}', 'Titelbild: {agency}'],
		es: ['{person} a su llegada a la audiencia. ({agency})', 'Cortesía de {agency}', 'Imagen superior: {agency}'],
	},
	byline: {
		en: ['{time} ET, {date}', '{person} – Senior Reporter', 'Filed {date}'],
		fr: ['{date} à {time}', '{person} – Grand reporter', 'Le {date}'],
		de: ['Stand: {date}, {time} Uhr', '{person} – Redakteurin', 'Veröffentlicht am {date}'],
		es: ['{date} | {time} h', '{person} – Periodista', 'Publicado: {date}'],
	},
	cookie: {
		en: ['We care about your data. Choose which trackers you allow.\nAllow all\nReject', 'Manage consent'],
		fr: ['Nous respectons vos données. Choisissez les traceurs que vous autorisez.\nTout autoriser\nRefuser', 'Gérer le consentement'],
		de: ['Wir schützen Ihre Daten. Wählen Sie, welche Tracker Sie erlauben.\nAlle erlauben\nAblehnen', 'Einwilligung verwalten'],
		es: ['Cuidamos tus datos. Elige qué rastreadores permites.\nPermitir todo\nRechazar', 'Gestionar el consentimiento'],
	},
	disclaimer: {
		en: ['This content is for information only and should not be relied on for decisions about {coin}.'],
		fr: ['Ce contenu est fourni à titre d’information et ne doit pas guider vos décisions concernant {coin}.'],
		de: ['Dieser Inhalt dient nur der Information und ist keine Grundlage für Entscheidungen über {coin}.'],
		es: ['Este contenido es solo informativo y no debe usarse para decidir sobre {coin}.'],
	},
	related: {
		en: ['Editor’s picks\n{headline}\n{headline}'],
		fr: ['La sélection de la rédaction\n{headline}\n{headline}'],
		de: ['Empfehlungen der Redaktion\n{headline}\n{headline}'],
		es: ['Selección del editor\n{headline}\n{headline}'],
	},
	embed: {
		en: ['Loading tweet…', '[embedded content]'],
		fr: ['Chargement du tweet…', '[contenu intégré]'],
		de: ['Tweet wird geladen…', '[eingebetteter Inhalt]'],
		es: ['Cargando tuit…', '[contenido incrustado]'],
	},
};
