/**
 * Word cues for the learned line classifier, as data: each group is a kind of word junk is made of, in en, fr, de, es
 * (and a few it/pt). The classifier learns how much each group counts; the lists say only what the words are.
 * Words are lower case and matched as whole words, or as word starts when they end with `*`.
 */
export const CUE_GROUPS: Record<string, readonly string[]> = {
	/** Imperatives and calls to action. */
	action: [
		'click', 'tap', 'subscribe', 'sign', 'join', 'register', 'download', 'install', 'buy', 'shop', 'order', 'get', 'try',
		'claim', 'save', 'donate', 'support', 'contribute', 'follow', 'share', 'like', 'log', 'login',
		'cliquez', 'abonnez*', 'inscrivez*', 'téléchargez', 'achetez', 'essayez', 'profitez', 'soutenez', 'suivez*', 'partagez',
		'rejoignez*', 'découvrez', 'retrouvez', 'faites',
		'klicken', 'abonnieren', 'anmelden', 'registrieren', 'herunterladen', 'kaufen', 'testen', 'sichern', 'spenden',
		'unterstützen', 'folgen', 'teilen', 'mitmachen', 'jetzt', 'hier',
		'haz', 'suscríbete', 'suscribirme', 'regístrate', 'descarga', 'compra', 'prueba', 'aprovecha', 'dona', 'apoya',
		'síguenos', 'sigue', 'comparte', 'únete', 'consigue',
	],
	/** Social networks and messaging apps. */
	social: [
		'facebook', 'twitter', 'x', 'instagram', 'linkedin', 'whatsapp', 'telegram', 'youtube', 'tiktok', 'pinterest', 'reddit',
		'threads', 'mastodon', 'bluesky', 'snapchat', 'flipboard', 'messenger', 'tweet', 'tweets', 'retweet', 'post', 'posted',
		'publication', 'beitrag', 'publicación',
	],
	/** Subscriptions, newsletters, accounts, donations. */
	subscription: [
		'newsletter*', 'subscri*', 'inbox', 'email', 'e-mail', 'mail', 'briefing', 'digest', 'member*', 'account', 'donat*',
		'contribution', 'abonn*', 'infolettre', 'lettre', 'courriel', 'adresse', 'compte', 'don', 'dons', 'membre',
		'postfach', 'abo*', 'konto', 'mitglied*', 'spende*', 'boletín', 'suscrip*', 'correo', 'cuenta', 'socio', 'donación',
		'aportación',
	],
	/** Money, prices, offers, trading. */
	money: [
		'free', 'offer', 'deal*', 'discount', 'bonus', 'price', 'prices', 'trading', 'trade', 'invest*',
		'premium', 'gratuit*', 'offre', 'prix', 'gratis', 'kostenlos', 'angebot*', 'rabatt', 'oferta', 'descuento', 'precio', 'cours', 'kurs', 'preis', 'cotización', 'chart', 'graphique', 'gráfico', 'market', 'marché', 'mercado', 'markt',
	],
	/** Privacy and cookies. */
	privacy: [
		'cookie*', 'privacy', 'consent', 'accept', 'settings', 'preferences', 'gdpr', 'tracking',
		'confidentialité', 'consentement', 'accepte*', 'paramétrer', 'paramètres', 'datenschutz',
		'einwilligung', 'einstellungen', 'akzeptieren', 'privacidad', 'consentimiento', 'aceptar', 'configurar',
	],
	/** Pictures, graphics and their credits. */
	media: [
		'photo*', 'picture*', 'image*', 'illustration', 'graphic*', 'chart', 'infographic', 'video', 'gallery', 'caption',
		'credit*', 'pictured', 'foto*', 'bild*', 'grafik', 'infographie',
		'graphique', 'légende', 'crédit*', 'vidéo', 'imagen', 'ilustración', 'gráfico', 'infografía', 'getty',
		'reuters', 'afp', 'dpa', 'efe', 'ap', 'epa', 'shutterstock', 'alamy',
	],
	/** Where an article comes from. */
	origin: [
		'source*', 'via', 'original*', 'originally', 'first', 'published', 'appeared', 'quelle*', 'ursprünglich', 'zuerst', 'erschienen', 'erschien', 'veröffentlicht', 'originalartikel', 'originalbeitrag', 'paru', 'apparu', 'publié', 'initialement',
		'origine', 'fuente*', 'originalmente', 'publicado', 'apareció', 'crédit', 'credit',
		'republished', 'reprinted', 'reposted', 'syndicated', 'cross-posted', 'republié', 'repris', 'reproduit',
		'nachdruck', 'übernommen', 'erstveröffentlichung', 'republicado', 'reproducido', 'sindicado',
	],
	/** Reading on: related articles and more stories. */
	reading: [
		'read', 'reading', 'more', 'related', 'also', 'popular', 'recommended', 'latest', 'next', 'previous',
		'lire', 'aussi', 'également', 'plus', 'autres', 'articles', 'liés', 'sujet', 'une', 'lesen',
		'mehr', 'auch', 'weitere', 'thema', 'artikel', 'lee', 'leer', 'también', 'más',
		'relacionadas', 'noticias', 'otras', 'interesar', 'min',
	],
	/** Disclaimers, risk and responsibility. */
	liability: [
		'disclaimer', 'disclosure', 'advice', 'liability', 'responsible', 'recommendation', 'views', 'opinions', 'avertissement', 'responsabilité', 'conseil', 'recommandation',
		'opinions', 'haftung*', 'anlageberatung', 'empfehlung', 'meinung*',
		'hinweis', 'responsabilidad', 'asesoramiento', 'recomendación', 'opiniones',
		'aviso', 'descargo',
	],
	/** Second-person address: readers are spoken to in junk, rarely in news prose. */
	you: ['you', 'your', "you're", 'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'sie', 'ihr', 'ihre', 'ihren', 'dein', 'deine', 'du', 'tú', 'te', 'tus', 'usted', 'su'],
	/** First-person plural: the site speaking of itself. */
	we: ['we', 'our', 'us', 'nous', 'notre', 'nos', 'wir', 'unser', 'unsere', 'unseren', 'uns', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nos'],
	/** Authors and dates of the page. */
	byline: [
		'by', 'written', 'staff', 'writer', 'updated', 'published', 'comments',
		'par', 'rédigé', 'journaliste', 'mis', 'jour', 'commentaires', 'von', 'text',
		'aktualisiert', 'kommentare', 'uhr', 'por', 'redactor', 'actualizado', 'comentarios',
	],
	/** Months, in the four languages: a line that is mostly a date is a dateline. */
	month: [
		'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
		'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
		'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'enero', 'febrero', 'marzo', 'abril', 'mayo',
		'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
	],
};
