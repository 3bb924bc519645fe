/**
 * EVAL templates: written apart from the train templates, in other wording, and used only for reporting. Nothing in
 * the rules or the classifier may be tuned on them.
 */
import type { NamePools, TemplateSet } from './types.js';

export const EVAL_TEMPLATES: TemplateSet = {
	syndication: {
		en: ['{title} was originally published by {orig}.', 'This piece first ran on {orig}.', 'The story {title} is republished from {orig}.', 'This content originally appeared at {orig}.', 'Republished with permission from {orig}.'],
		fr: ['Cet article a initialement paru sur {orig}.', "{title} a d'abord été publié par {orig}.", 'Article republié avec l’autorisation de {orig}.', 'Ce contenu est initialement paru sur {orig}.', "L'article {title} a été publié à l'origine par {orig}."],
		de: ['Dieser Text erschien zuerst bei {orig}.', '{title} wurde zuerst von {orig} veröffentlicht.', 'Mit freundlicher Genehmigung von {orig} übernommen.', 'Dieser Beitrag ist ursprünglich bei {orig} erschienen.', 'Erstveröffentlichung: {orig}.'],
		es: ['Este texto se publicó originalmente en {orig}.', '{title} fue publicado primero por {orig}.', 'Reproducido con permiso de {orig}.', 'Esta noticia apareció originalmente en {orig}.', 'Publicación original: {orig}.'],
	},
	promo: {
		en: ['Open a {site} account in minutes and claim your welcome reward.', 'Limited offer: save 50% on your first year!', 'Get the {site} app on iOS and Android.', 'Advertisement', 'Buy {coin} instantly on {site} with zero fees.'],
		fr: ['Ouvrez un compte {site} en quelques minutes et recevez votre prime.', 'Offre limitée : -50 % la première année !', "Retrouvez l'application {site} sur iOS et Android.", 'Publicité', 'Achetez du {coin} sur {site} sans frais.'],
		de: ['Eröffnen Sie in wenigen Minuten ein Konto bei {site} und sichern Sie sich Ihre Prämie.', 'Nur heute: 50 % Rabatt im ersten Jahr!', 'Die {site}-App gibt es für iOS und Android.', 'Werbung', '{coin} jetzt gebührenfrei bei {site} kaufen.'],
		es: ['Abre una cuenta en {site} en minutos y recibe tu recompensa.', 'Oferta limitada: ¡50 % de descuento el primer año!', 'Consigue la app de {site} para iOS y Android.', 'Publicidad', 'Compra {coin} al instante en {site} sin comisiones.'],
	},
	share: {
		en: ['Spread the word: share this story with your friends', 'Facebook | X | LinkedIn | WhatsApp', 'Join us on Telegram: {handle}', 'Copy link', 'Enjoyed this? Give us a follow on X {handle}'],
		fr: ['Faites passer le mot : partagez cet article autour de vous', 'Facebook | X | LinkedIn | WhatsApp', 'Rejoignez notre canal Telegram {handle}', 'Copier le lien', 'Vous avez aimé ? Abonnez-vous à notre compte X {handle}'],
		de: ['Sagen Sie es weiter: Teilen Sie diesen Artikel mit Freunden', 'Facebook | X | LinkedIn | WhatsApp', 'Besuchen Sie unseren Telegram-Kanal {handle}', 'Link kopieren', 'Gefällt Ihnen das? Folgen Sie uns auf X {handle}'],
		es: ['Corre la voz: comparte esta noticia con tus amigos', 'Facebook | X | LinkedIn | WhatsApp', 'Únete a nuestro canal de Telegram {handle}', 'Copiar enlace', '¿Te gustó? Síguenos en X {handle}'],
	},
	newsletter: {
		en: ["Don't miss a thing: get our morning briefing delivered free to your inbox.", 'Your support keeps {site} going. Chip in today.\nAny amount helps.', 'Email address\nSign me up', 'Join 50,000 readers who get our weekly digest.', 'Already a subscriber? Log in'],
		fr: ['Ne manquez rien : recevez gratuitement notre lettre du matin.', 'Votre soutien fait vivre {site}. Participez dès aujourd’hui.\nTout montant compte.', 'Adresse e-mail\nJe m’inscris', 'Rejoignez les 50 000 lecteurs de notre lettre hebdomadaire.', 'Déjà abonné ? Connectez-vous'],
		de: ['Nichts verpassen: Unser Morgen-Briefing kostenlos in Ihr Postfach.', 'Ihre Unterstützung hält {site} am Leben. Machen Sie mit!\nJeder Betrag zählt.', 'E-Mail-Adresse\nJetzt eintragen', 'Schließen Sie sich 50.000 Lesern unseres Wochen-Newsletters an.', 'Schon Abonnent? Hier einloggen'],
		es: ['No te pierdas nada: recibe gratis nuestro resumen matinal en tu bandeja de entrada.', 'Tu apoyo mantiene vivo {site}. Colabora hoy.\nCualquier cantidad ayuda.', 'Correo electrónico\nQuiero suscribirme', 'Únete a los 50.000 lectores de nuestro boletín semanal.', '¿Ya eres suscriptor? Inicia sesión'],
	},
	source: {
		en: ['Sources: {orig}', 'Original article: {url}', 'Source link: {url}', 'Credit: {orig} ({url})'],
		fr: ['Sources : {orig}', 'Lien vers l’article original : {url}', 'Source originale : {url}', 'Crédit : {orig} ({url})'],
		de: ['Quellen: {orig}', 'Originalbeitrag: {url}', 'Quelle des Artikels: {url}', 'Mit Material von {orig} ({url})'],
		es: ['Fuentes: {orig}', 'Artículo original: {url}', 'Enlace a la fuente: {url}', 'Con información de {orig} ({url})'],
	},
	disclaimer: {
		en: ['Important: nothing on this page is a recommendation to buy or sell {coin}. Always do your own research; {site} accepts no liability.', 'Opinions are the author’s own and not those of {site}.', 'Risk warning: crypto assets are volatile and you may lose all of your capital.'],
		fr: ['Important : rien sur cette page ne constitue une recommandation d’acheter ou de vendre du {coin}. Faites vos propres recherches ; {site} décline toute responsabilité.', 'Les propos de l’auteur n’engagent pas {site}.', 'Avertissement sur les risques : les cryptoactifs sont volatils et vous pouvez perdre tout votre capital.'],
		de: ['Wichtig: Nichts auf dieser Seite ist eine Empfehlung, {coin} zu kaufen oder zu verkaufen. {site} übernimmt keine Gewähr.', 'Die Meinung des Autors entspricht nicht zwingend der von {site}.', 'Risikohinweis: Kryptowerte sind volatil, ein Totalverlust ist möglich.'],
		es: ['Importante: nada en esta página es una recomendación para comprar o vender {coin}. Investiga por tu cuenta; {site} no asume responsabilidad alguna.', 'Las opiniones son del autor y no representan a {site}.', 'Advertencia de riesgo: los criptoactivos son volátiles y puede perder todo su capital.'],
	},
	cookie: {
		en: ['Your privacy matters to us. We and our partners store and access information on your device.\nAgree\nSee options', 'To show this embedded content we need your consent to third-party cookies.'],
		fr: ['Votre vie privée compte. Nos partenaires et nous stockons des informations sur votre appareil.\nJ’accepte\nVoir les options', 'Pour afficher ce contenu intégré, nous avons besoin de votre accord pour les cookies tiers.'],
		de: ['Ihre Privatsphäre ist uns wichtig. Wir und unsere Partner speichern Informationen auf Ihrem Gerät.\nZustimmen\nOptionen anzeigen', 'Um diesen eingebetteten Inhalt anzuzeigen, brauchen wir Ihre Einwilligung zu Cookies von Drittanbietern.'],
		es: ['Tu privacidad nos importa. Nosotros y nuestros socios almacenamos información en tu dispositivo.\nAceptar\nVer opciones', 'Para mostrar este contenido incrustado necesitamos tu consentimiento para cookies de terceros.'],
	},
	caption: {
		en: ['{person} / {agency}', 'Picture: {agency}', 'FILE PHOTO: {person} speaks to reporters. {agency}/{person}', 'Chart: {site} | Data: {agency}', 'Image: {agency} via {site}'],
		fr: ['{person} / {agency}', 'Image : {agency}', 'PHOTO D’ARCHIVES : {person} face à la presse. {agency}/{person}', 'Graphique : {site} | Données : {agency}', 'Illustration : {agency} via {site}'],
		de: ['{person} / {agency}', 'Abbildung: {agency}', 'ARCHIVBILD: {person} spricht mit Journalisten. {agency}/{person}', 'Diagramm: {site} | Daten: {agency}', 'Bild: {agency} über {site}'],
		es: ['{person} / {agency}', 'Imagen: {agency}', 'FOTO DE ARCHIVO: {person} habla con la prensa. {agency}/{person}', 'Gráfico: {site} | Datos: {agency}', 'Ilustración: {agency} vía {site}'],
	},
	byline: {
		en: ['{person} | {date}', 'Written by {person} · {n} min read', 'Last modified on {date} at {time}', '{person}, {site} correspondent', 'Reporting by {person}; Editing by {person}'],
		fr: ['{person} | {date}', '{person} · Lecture {n} min', 'Modifié le {date} à {time}', '{person}, correspondant de {site}', 'Rédigé par {person}'],
		de: ['{person} | {date}', '{person} · {n} Min. Lesezeit', '{date}, {time} Uhr {n} Kommentare', '{person}, Korrespondent von {site}', 'Text: {person}'],
		es: ['{person} | {date}', '{person} · Lectura de {n} min', 'Modificado el {date} a las {time}', '{person}, corresponsal de {site}', 'Redacción: {person}'],
	},
	related: {
		en: ['More from {site}\n{headline}\n{headline}', 'Trending now\n{headline}\n{headline}\n{headline}', 'Keep reading\n{headline}\n{headline}'],
		fr: ['Plus de {site}\n{headline}\n{headline}', 'À la une\n{headline}\n{headline}\n{headline}', 'Nos autres articles\n{headline}\n{headline}'],
		de: ['Mehr von {site}\n{headline}\n{headline}', 'Meistgelesen\n{headline}\n{headline}\n{headline}', 'Weitere Artikel\n{headline}\n{headline}'],
		es: ['Más de {site}\n{headline}\n{headline}', 'Lo más leído\n{headline}\n{headline}\n{headline}', 'Otras noticias\n{headline}\n{headline}'],
	},
	embed: {
		en: ['{person} (@{code}) {date}', 'https://t.co/{code}', 'Posted by {handle} on {date}', 'Watch on YouTube'],
		fr: ['{person} (@{code}) {date}', 'https://t.co/{code}', 'Publié par {handle} le {date}', 'Regarder sur YouTube'],
		de: ['{person} (@{code}) {date}', 'https://t.co/{code}', 'Gepostet von {handle} am {date}', 'Auf YouTube ansehen'],
		es: ['{person} (@{code}) {date}', 'https://t.co/{code}', 'Publicado por {handle} el {date}', 'Ver en YouTube'],
	},
};

export const EVAL_NAMES: NamePools = {
	orig: ['Brookfield Gazette', 'Valmont Review', 'La Gazette du Morvan', 'Rheinblick', 'El Faro Austral', 'Tidewater Daily'],
	site: ['Cryptozine', 'FlashNewsio', 'Mediavox', 'Noticiabit', 'Bytewire', 'Kurzmeldung24'],
	agency: ['Lumenshot', 'Photonord', 'Ikonbild', 'Retratos Sur'],
	person: ['Tomasz Welland', 'Inès Carbonell', 'Dieter Plaum', 'Carmen Ostolaza', 'Wyatt Brennock'],
	coin: ['Nexorium', 'BoltCash', 'Ferrocoin'],
	headlineWords: {
		en: ['Mayor', 'unveils', 'plan', 'for', 'new', 'bridge', 'prices', 'climb', 'again', 'team', 'wins', 'final'],
		fr: ['Le', 'maire', 'dévoile', 'un', 'projet', 'de', 'pont', 'les', 'prix', 'grimpent', 'finale'],
		de: ['Bürgermeister', 'stellt', 'Pläne', 'für', 'neue', 'Brücke', 'vor', 'Preise', 'steigen', 'Finale'],
		es: ['El', 'alcalde', 'presenta', 'plan', 'para', 'nuevo', 'puente', 'precios', 'suben', 'final'],
	},
};
