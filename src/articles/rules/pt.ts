import { NAME, rules, SITE, type RulePack } from './types.js';

const s = (source: string): RegExp => new RegExp(source.replace('SITE', SITE), 'iu');

export const pt: RulePack = {
	language: 'pt',
	syndication: [
		s(String.raw`(?:O post|O artigo|A publicação) .{1,400}? (?:apareceu|foi publicad[oa]) (?:primeiro|originalmente|pela primeira vez) (?:em|no|na) SITE`),
		s(String.raw`(?:Este artigo|Esta matéria) (?:apareceu|foi publicad[oa]) (?:primeiro|originalmente) (?:em|no|na) SITE`),
	],
	sourceLabels: ['fonte', 'fontes', 'artigo original'],
	republisher: [new RegExp(String.raw`\b(?:opiniões|posição) d[oa]s? ${NAME}`, 'u')],
	lines: {
		promo: [...rules(40, /^(?:publicidade|conteúdo patrocinado|patrocinado)$/iu)],
		newsletter: [...rules(220, /^(?:inscreva-se|assine|receba|cadastre-se)\b.{0,180}\b(?:newsletter|e-?mail|notícias|boletim)\b/iu)],
		share: [...rules(100, /^(?:compartilhe|compartilhar|partilhar|imprimir|enviar por e-?mail)\b.{0,60}$/iu)],
		'read-more': [...rules(250, /^(?:leia também|leia mais|veja também|saiba mais|notícias relacionadas|relacionad[oa]s)(?=[^\p{L}\p{N}]|$)/iu)],
		credit: [...rules(220, /^(?:foto|imagem|crédito)\s*[:©|/]/iu)],
		cookie: [...rules(600, /\bcookies?\b.{0,300}\b(?:aceit\p{L}*|consentimento|utiliza\p{L}*|política)\b/iu)],
		disclaimer: [...rules(3_000, /^(?:aviso legal|isenção de responsabilidade|aviso)\s*:/iu)],
		byline: [...rules(100, /^(?:[Pp]or|[Ee]scrito por)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u)],
		chrome: [...rules(200, /\btodos os direitos reservados\b/iu)],
	},
};
