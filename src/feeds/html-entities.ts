/**
 * The HTML 4 named character references (the set feeds actually use), which XML does not define.
 * Feeds written by HTML tools use them freely (`&nbsp;`, `&eacute;`); a strict XML parser rejects the document.
 * Stored compactly as `name:codepoint-in-base-36`.
 */
const TABLE =
	'AElig:5i Aacute:5d Acirc:5e Agrave:5c Aring:5h Atilde:5f Auml:5g Ccedil:5j ETH:5s Eacute:5l Ecirc:5m ' +
	'Egrave:5k Euml:5n Iacute:5p Icirc:5q Igrave:5o Iuml:5r Ntilde:5t Oacute:5v Ocirc:5w Ograve:5u ' +
	'Oslash:60 Otilde:5x Ouml:5y THORN:66 Uacute:62 Ucirc:63 Ugrave:61 Uuml:64 Yacute:65 aacute:69 ' +
	'acirc:6a aelig:6e agrave:68 aring:6d atilde:6b auml:6c ccedil:6f eacute:6h ecirc:6i egrave:6g eth:6o ' +
	'euml:6j iacute:6l icirc:6m igrave:6k iuml:6n ntilde:6p oacute:6r ocirc:6s ograve:6q oslash:6w ' +
	'otilde:6t ouml:6u szlig:67 thorn:72 uacute:6y ucirc:6z ugrave:6x uuml:70 yacute:71 yuml:73 copy:4p ' +
	'reg:4u nbsp:4g iexcl:4h cent:4i pound:4j curren:4k yen:4l brvbar:4m sect:4n uml:4o ordf:4q laquo:4r ' +
	'not:4s shy:4t macr:4v deg:4w plusmn:4x sup1:55 sup2:4y sup3:4z acute:50 micro:51 para:52 middot:53 ' +
	'cedil:54 ordm:56 raquo:57 frac14:58 frac12:59 frac34:5a iquest:5b times:5z divide:6v OElig:9e ' +
	'oelig:9f Scaron:9s scaron:9t Yuml:ag fnof:b6 circ:jq tilde:kc Alpha:pd Beta:pe Gamma:pf Delta:pg ' +
	'Epsilon:ph Zeta:pi Eta:pj Theta:pk Iota:pl Kappa:pm Lambda:pn Mu:po Nu:pp Xi:pq Omicron:pr Pi:ps ' +
	'Rho:pt Sigma:pv Tau:pw Upsilon:px Phi:py Chi:pz Psi:q0 Omega:q1 alpha:q9 beta:qa gamma:qb delta:qc ' +
	'epsilon:qd zeta:qe eta:qf theta:qg iota:qh kappa:qi lambda:qj mu:qk nu:ql xi:qm omicron:qn pi:qo ' +
	'rho:qp sigmaf:qq sigma:qr tau:qs upsilon:qt phi:qu chi:qv psi:qw omega:qx thetasym:r5 upsih:r6 ' +
	'piv:ra ensp:6bm emsp:6bn thinsp:6bt zwnj:6bw zwj:6bx lrm:6by rlm:6bz ndash:6c3 mdash:6c4 lsquo:6c8 ' +
	'rsquo:6c9 sbquo:6ca ldquo:6cc rdquo:6cd bdquo:6ce dagger:6cg Dagger:6ch bull:6ci hellip:6cm ' +
	'permil:6cw prime:6cy Prime:6cz lsaquo:6d5 rsaquo:6d6 oline:6da frasl:6dg euro:6gc image:6j5 ' +
	'weierp:6jc real:6jg trade:6jm alefsym:6k5 larr:6mo uarr:6mp rarr:6mq darr:6mr harr:6ms crarr:6np ' +
	'lArr:6og uArr:6oh rArr:6oi dArr:6oj hArr:6ok forall:6ps part:6pu exist:6pv empty:6px nabla:6pz ' +
	'isin:6q0 notin:6q1 ni:6q3 prod:6q7 sum:6q9 minus:6qa lowast:6qf radic:6qi prop:6ql infin:6qm ang:6qo ' +
	'and:6qv or:6qw cap:6qx cup:6qy int:6qz there4:6r8 sim:6rg cong:6rp asymp:6rs ne:6sg equiv:6sh le:6sk ' +
	'ge:6sl sub:6te sup:6tf nsub:6tg sube:6ti supe:6tj oplus:6tx otimes:6tz perp:6ud sdot:6v9 lceil:6x4 ' +
	'rceil:6x5 lfloor:6x6 rfloor:6x7 lang:6y1 rang:6y2 loz:7gq spades:7kw clubs:7kz hearts:7l1 diams:7l2 ';
let entityMap: Map<string, number> | null = null;

function entities(): Map<string, number> {
	if (!entityMap) {
		entityMap = new Map();
		for (const pair of TABLE.split(' ')) {
			const [name, code] = pair.split(':');
			if (name && code) entityMap.set(name, parseInt(code, 36));
		}
	}
	return entityMap;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** The code point of an HTML named entity (without `&` and `;`), or undefined. */
export function htmlEntityCodePoint(name: string): number | undefined {
	return entities().get(name);
}

/**
 * Rewrites HTML named entities as numeric references and escapes every `&` that starts no valid reference,
 * so that the text is well-formed XML. XML's own five entities are kept.
 */
export function fixEntities(xml: string): string {
	return xml.replace(/&(#x[0-9a-fA-F]+;|#[0-9]+;|([A-Za-z][A-Za-z0-9]*);)?/g, (match, ref: string | undefined, name: string | undefined) => {
		if (!ref) return '&amp;';
		if (!name) return match;
		if (XML_ENTITIES.has(name)) return match;
		const code = entities().get(name) ?? entities().get(name.toLowerCase());
		return code === undefined ? `&amp;${name};` : `&#${code};`;
	});
}
