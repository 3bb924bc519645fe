/** TRAIN templates: used to tune the rules and to train the line classifier. Never reported on. */
import { MORE_TRAIN } from './train-more.js';
import { WIDE_TRAIN } from './train-wide.js';
import { TEMPLATE_KINDS, type NamePools, type TemplateSet } from './types.js';

const FIRST_TRAIN: TemplateSet = {
	syndication: {
		en: ['The post {title} appeared first on {orig}.', 'This article was originally published on {orig}.', 'The article {title} was first published on {orig}.', 'Originally posted at {orig}.', 'This story first appeared in {orig}.'],
		fr: ["L'article {title} est apparu en premier sur {orig}.", 'Cet article a été publié initialement sur {orig}.', "Le billet {title} est paru d'abord sur {orig}.", "Publié à l'origine sur {orig}.", 'Cet article est paru en premier dans {orig}.'],
		de: ['Der Beitrag {title} erschien zuerst auf {orig}.', 'Dieser Artikel wurde ursprünglich auf {orig} veröffentlicht.', 'Der Artikel {title} ist zuerst bei {orig} erschienen.', 'Zuerst erschienen bei {orig}.', 'Ursprünglich veröffentlicht auf {orig}.'],
		es: ['La entrada {title} apareció primero en {orig}.', 'Este artículo fue publicado originalmente en {orig}.', 'El artículo {title} se publicó primero en {orig}.', 'Publicado originalmente en {orig}.', 'Esta nota apareció primero en {orig}.'],
	},
	promo: {
		en: ['Start trading with {site} today and get a 20% bonus!', 'Download our free app for the latest updates.', 'Try {site} Premium free for 30 days.', 'Sponsored content', 'Get exclusive deals - shop now at {site}!'],
		fr: ['Téléchargez notre application gratuite dès maintenant !', "Profitez de l'offre {site} : 1 € le premier mois.", 'Contenu sponsorisé', 'Essayez {site} Premium gratuitement pendant 30 jours.', 'Découvrez nos offres exclusives en cliquant ici.'],
		de: ['Jetzt die kostenlose App herunterladen!', 'Testen Sie {site} Plus 30 Tage gratis.', 'Anzeige', 'Exklusive Angebote: Jetzt bei {site} zugreifen!', 'Hier klicken und Bonus sichern.'],
		es: ['¡Descarga ya nuestra aplicación gratuita!', 'Prueba {site} Premium gratis durante 30 días.', 'Contenido patrocinado', 'Aprovecha nuestras ofertas exclusivas: compra ahora en {site}.', 'Haz clic aquí y consigue tu bono.'],
	},
	share: {
		en: ['Share this article', 'Share on Facebook Share on Twitter Email', 'Follow us on Twitter {handle}', 'Tweet Share Pin Email', 'Like us on Facebook and follow us on Instagram!'],
		fr: ['Partager cet article', 'Partager sur Facebook Partager sur Twitter', 'Suivez-nous sur Twitter {handle}', 'Rejoignez-nous sur Facebook et Instagram !', 'Imprimer Envoyer par e-mail'],
		de: ['Artikel teilen', 'Auf Facebook teilen Auf Twitter teilen', 'Folgen Sie uns auf Twitter {handle}', 'Teilen Twittern Mailen', 'Jetzt auf Instagram folgen!'],
		es: ['Compartir este artículo', 'Compartir en Facebook Compartir en Twitter', 'Síguenos en Twitter {handle}', 'Compartir Tuitear Enviar', '¡Síguenos en Facebook e Instagram!'],
	},
	newsletter: {
		en: ['Sign up for our daily newsletter and get the top stories in your inbox.', 'Subscribe to the {site} briefing', 'Support independent journalism. Donate now.\nEvery contribution, big or small, helps.', 'Enter your email address\nSubscribe', 'Become a member today and read without limits.'],
		fr: ['Inscrivez-vous à notre newsletter quotidienne.', "Abonnez-vous pour recevoir l'essentiel de l'actualité.", 'Soutenez une presse indépendante : faites un don.\nChaque contribution compte.', 'Votre adresse e-mail\nJe m’abonne', "Devenez membre et lisez sans limite."],
		de: ['Melden Sie sich für unseren täglichen Newsletter an.', 'Jetzt abonnieren und keine Nachricht verpassen.', 'Unterstützen Sie unabhängigen Journalismus: Jetzt spenden.\nJeder Beitrag hilft.', 'Ihre E-Mail-Adresse\nAnmelden', 'Jetzt mitmachen und Mitglied werden!'],
		es: ['Suscríbete a nuestro boletín diario.', 'Recibe las noticias más importantes en tu correo.', 'Apoya el periodismo independiente: dona ahora.\nCada aportación cuenta.', 'Tu correo electrónico\nSuscribirme', 'Hazte socio y lee sin límites.'],
	},
	source: {
		en: ['Source: {url}', 'Source: {orig}', 'Via {url}', 'Read the original article at {url}', 'Original source: {orig}'],
		fr: ['Source : {url}', 'Source : {orig}', "Lire l'article original : {url}", 'Via {url}', 'Article original : {orig}'],
		de: ['Quelle: {url}', 'Quelle: {orig}', 'Zum Originalartikel: {url}', 'Via {url}', 'Originalquelle: {orig}'],
		es: ['Fuente: {url}', 'Fuente: {orig}', 'Lee el artículo original en {url}', 'Vía {url}', 'Fuente original: {orig}'],
	},
	disclaimer: {
		en: ['Disclaimer: The views expressed in this article do not necessarily reflect the views of {site}. This is not financial advice.', 'The information provided does not constitute investment advice. {site} is not responsible for any losses.', 'Disclosure: the author holds no positions in {coin}.'],
		fr: ["Avertissement : les opinions exprimées n'engagent que leur auteur et ne reflètent pas la position de {site}.", 'Cet article ne constitue pas un conseil en investissement.', "Clause de non-responsabilité : {site} décline toute responsabilité quant aux pertes liées à {coin}."],
		de: ['Haftungsausschluss: Die geäußerten Meinungen spiegeln nicht die Ansichten von {site} wider.', 'Dieser Artikel stellt keine Anlageberatung dar.', 'Hinweis: {site} übernimmt keine Haftung für Verluste mit {coin}.'],
		es: ['Descargo de responsabilidad: las opiniones expresadas no reflejan necesariamente las de {site}.', 'Este artículo no constituye asesoramiento financiero.', 'Aviso: {site} no se hace responsable de las pérdidas con {coin}.'],
	},
	cookie: {
		en: ['We use cookies to improve your experience. By continuing you accept our cookie policy.', 'This site uses cookies.\nAccept all\nManage settings', 'Accept cookies to view this content.'],
		fr: ['Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.', 'Ce site utilise des cookies.\nTout accepter\nParamétrer', 'Acceptez les cookies pour afficher ce contenu.'],
		de: ['Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Mit der Nutzung stimmen Sie zu.', 'Diese Website verwendet Cookies.\nAlle akzeptieren\nEinstellungen', 'Akzeptieren Sie Cookies, um diesen Inhalt zu sehen.'],
		es: ['Utilizamos cookies para mejorar su experiencia. Al continuar, acepta nuestra política.', 'Este sitio utiliza cookies.\nAceptar todas\nConfigurar', 'Acepta las cookies para ver este contenido.'],
	},
	caption: {
		en: ['Photo: {person}/{agency}', 'Image credit: {agency}', '(Photo by {person}/{agency})', 'Source: {agency}, {person} | Graphic: {site}', 'Pictured: {person} at the event. Photo: {agency}'],
		fr: ['Photo : {person} / {agency}', 'Crédit photo : {agency}', '© {person} / {agency}', 'Infographie {site} - Source : {agency}', 'Légende : {person} lors de la réunion. (Photo {agency})'],
		de: ['Foto: {person}/{agency}', 'Bildquelle: {agency}', '© {agency}/{person}', 'Grafik: {site}; Quelle: {agency}', 'Bild: {person} bei der Sitzung. Foto: {agency}'],
		es: ['Foto: {person}/{agency}', 'Crédito de imagen: {agency}', '© {person} / {agency}', 'Infografía {site}. Fuente: {agency}', 'En la imagen, {person} durante el acto. (Foto: {agency})'],
	},
	byline: {
		en: ['By {person}', '{date}, {time}', 'Published {date} | Updated {time}', 'By {person}, {site} Staff Writer', '{n} comments'],
		fr: ['Par {person}', 'Publié le {date} à {time}', 'Mis à jour le {date}', 'Par {person}, journaliste', '{n} commentaires'],
		de: ['Von {person}', '{date}, {time} Uhr', 'Aktualisiert am {date}', 'Ein Beitrag von {person}', '{n} Kommentare'],
		es: ['Por {person}', '{date} - {time}', 'Actualizado el {date}', 'Por {person}, redactor', '{n} comentarios'],
	},
	related: {
		en: ['Read more:\n{headline}\n{headline}', 'Related articles\n{headline}\n{headline}\n{headline}', 'You may also like\n{headline}\n{headline}'],
		fr: ['Lire aussi :\n{headline}\n{headline}', 'Articles liés\n{headline}\n{headline}\n{headline}', 'Sur le même sujet\n{headline}\n{headline}'],
		de: ['Lesen Sie auch:\n{headline}\n{headline}', 'Mehr zum Thema\n{headline}\n{headline}\n{headline}', 'Das könnte Sie auch interessieren\n{headline}\n{headline}'],
		es: ['Lee también:\n{headline}\n{headline}', 'Noticias relacionadas\n{headline}\n{headline}\n{headline}', 'Te puede interesar\n{headline}\n{headline}'],
	},
	embed: {
		en: ['— {person} ({handle}) {date}', 'pic.twitter.com/{code}', 'A post shared by {person} ({handle})', 'View this post on Instagram'],
		fr: ['— {person} ({handle}) {date}', 'pic.twitter.com/{code}', 'Une publication partagée par {person} ({handle})', 'Voir cette publication sur Instagram'],
		de: ['— {person} ({handle}) {date}', 'pic.twitter.com/{code}', 'Ein Beitrag geteilt von {person} ({handle})', 'Diesen Beitrag auf Instagram ansehen'],
		es: ['— {person} ({handle}) {date}', 'pic.twitter.com/{code}', 'Una publicación compartida de {person} ({handle})', 'Ver esta publicación en Instagram'],
	},
};

/** The first templates and the further ones of train-more.ts and train-wide.ts, kind by kind and language by language. */
export const TRAIN_TEMPLATES: TemplateSet = Object.fromEntries(
	TEMPLATE_KINDS.map((kind) => [
		kind,
		Object.fromEntries(
			(['en', 'fr', 'de', 'es'] as const).map((lang) => [lang, [...FIRST_TRAIN[kind][lang], ...(MORE_TRAIN[kind]?.[lang] ?? []), ...(WIDE_TRAIN[kind]?.[lang] ?? [])]]),
		),
	]),
) as TemplateSet;

export const TRAIN_NAMES: NamePools = {
	orig: ['Coastal Ledger', 'Harbor Times', 'Le Courrier Alpin', 'Nordwacht', 'Diario del Valle', 'Quillon Post', 'The Fenwick Observer', 'La Voix du Bocage', 'Rheinbote', 'El Heraldo Serrano', 'Tamsin Daily', 'Prairie Dispatch'],
	site: ['CoinVerse', 'NewsHubly', 'Zapnet', 'Infobrisa', 'Tickerly', 'Aggrefeed', 'Blockwire', 'Actuflux', 'Nachrichtenkiste', 'Noticiando', 'Feedora', 'MarketPulse24'],
	agency: ['Brightlens', 'Fotopress Nord', 'Imagia', 'Pixagence', 'Lumen Wire', 'Bildwerk', 'Fotonova', 'Objectif Sud'],
	person: ['Marta Quillen', 'Jorin Vess', 'Élodie Brassac', 'Henrik Salmsen', 'Lucía Ferrandis', 'Owen Thackery', 'Solène Marchetti', 'Katrin Obermaier', 'Iñigo Zabaleta', 'Priya Okafor'],
	coin: ['ZenCoin', 'Quarkium', 'Lumix Token', 'Vortexa', 'NebulaCash'],
	headlineWords: {
		en: ['Council', 'budget', 'vote', 'delayed', 'storm', 'hits', 'coast', 'markets', 'rally', 'after', 'report', 'school', 'strike', 'ends', 'new', 'rail', 'line', 'opens', 'police', 'probe', 'hospital'],
		fr: ['Le', 'conseil', 'budget', 'reporté', 'tempête', 'côte', 'marchés', 'rebond', 'après', 'rapport', 'grève', 'école', 'nouvelle', 'ligne', 'ouvre', 'enquête', 'hôpital', 'mairie'],
		de: ['Rat', 'verschiebt', 'Haushalt', 'Sturm', 'trifft', 'Küste', 'Märkte', 'erholen', 'sich', 'Bericht', 'Streik', 'Schule', 'neue', 'Bahnlinie', 'eröffnet', 'Polizei', 'ermittelt', 'Klinik'],
		es: ['El', 'consejo', 'aplaza', 'presupuesto', 'tormenta', 'golpea', 'costa', 'mercados', 'repuntan', 'informe', 'huelga', 'colegio', 'nueva', 'línea', 'abre', 'policía', 'investiga', 'hospital'],
	},
};
