// Asks in which money is not in play: an open-source project, a game jam team, a crossover or a
// collab stream between two creators, a charity event, a co-written paper, a fan game. Asking
// "what's the budget?" back reads as tone-deaf there; the brief asks only what else is missing.
// A word of money anywhere (a fee, a client, a sponsor, a sale, a grant) keeps the question.

import { wholeWords as words } from "./word-edges.ts";

// The kinds of ask, in the template languages. Each is one nobody pays for as such; a pay word
// beside it (below) says otherwise.
const NO_MONEY_WAYS = [
  // Open source and its people: "co-maintain", "a contributor", "a shared repo".
  `open[- ]?source|foss|c[óo]digo (?:abierto|aberto)|code source ouvert|logiciel libre|quelloffen\\p{L}*|a[çc][ıi]k kaynak\\p{L}*|sumber terbuka|otwart\\p{L}* (?:kod|[źz]r[óo]d[łl])\\p{L}*`,
  `(?:co-?)?maintain(?:er|ers|ing)?|co-?maintain\\p{L}*|maintainer\\p{L}*|mantenedor\\p{L}*|mainteneu\\p{L}*|manutentor\\p{L}*|contribut(?:e|ing|or|ors)|(?:shared|joint|common) repo|merg(?:e|ing) (?:our )?efforts`,
  // Jams and hackathons: "a game jam team", "GMTK", "Ludum Dare".
  `game ?jams?|jam (?:team|partner|entry)|gmtk|ludum dare|js13k|7drl|(?:art|code|beat|street art|tracker|modular|comic) jam|hackathon`,
  // Two creators making one thing for both their audiences.
  `collab (?:stream|video|episode|shoot|series)|co-?stream\\p{L}*|crossover|cross-?post\\p{L}*|cross-?promot\\p{L}*|raid each other|server partnership|(?:we|we'?d|we'?ll|both|each)(?: of us)? (?:post|upload|publish|premiere)|(?:post|posted|publish|published) (?:it )?on both|on both (?:our )?(?:channels|feeds|accounts|pages|servers)|one on each (?:channel|feed)|en (?:los dos|ambos) canales|nos dois canais|sur nos deux cha[îi]nes|auf beiden kan[äa]len|su entrambi i canali|op beide kanalen`,
  // Academic, fan and school work.
  `co-?author\\p{L}*|coautor\\p{L}*|co-?auteur\\p{L}*|mitautor\\p{L}*|coautore|fan ?(?:game|project|film|zine|comic)|non-?commercial|school(?:'s)? (?:club|project|play|theatre club)|student (?:film|project)|graduation (?:short|film|project)`,
  // Charity: "a charity tournament", "un fanzine benéfico", "ein Benefizkonzert".
  `charity|charitable|fundrais\\p{L}*|benefit (?:concert|show|gig|stream|zine|compilation|album)|ben[ée]fic[oa]s?|beneficente|caritati\\p{L}*|wohlt[äa]tig\\p{L}*|benefiz\\p{L}*|beneficenza|liefdadig\\p{L}*|charytatywn\\p{L}*`,
  // For the fun of it, in the other languages ("for fun" is read with the unpaid words).
  `por diversi[óo]n|pra (?:se )?divertir|pour le (?:fun|plaisir)|(?:zum|aus) spa(?:ß|ss)|per divertimento|voor de lol|dla zabawy`,
];
// Every way in starts with a letter or a digit: the lookahead fails at once anywhere else.
const NO_MONEY_ASK = words(`(?=[\\p{L}\\p{N}])(?:${NO_MONEY_WAYS.join("|")})`);

// Money in play: pay, a price, a client, a sponsor or a sale, in the template languages.
const MONEY_WORDS = [
  `hire|hiring|hired|freelanc\\p{L}*|commission\\p{L}*|contract\\p{L}*|clients?|pay|paid|paying|payment|fees?|rates?|budget|price\\p{L}*|quote|charge|costs?|invoic\\p{L}*|salary|fund|funds|funding|funded|grants?|sponsor\\p{L}*|licen[cs]\\p{L}*|royalt\\p{L}*|revenue|profits?|sales|sell\\p{L}*|merch|kickstart\\p{L}*|crowdfund\\p{L}*|patreon|brands?|agency|jobs?|gigs?|honorarium|stipend|compensat\\p{L}*|prizes?|money|cash|equity|split|cut`,
  `contrat\\p{L}*|pag(?:ar|o|amos|amento|ado|ada|aremos|uemos)|presupuesto|or[çc]amento|tarif\\p{L}*|precio\\p{L}*|pre[çc]o\\p{L}*|prix|preis\\p{L}*|prezz\\p{L}*|cobr\\p{L}*|honorar\\p{L}*|gage|cach[êe]t?|sueldo|sal[áa]rio|salaire|gehalt|stipendio|patroc[ií]n\\p{L}*|vend(?:er|emos|o|e|a|as|ita|ite|re)|ventas?|vendas?|verkauf\\p{L}*|bezahl\\p{L}*|r[ée]mun[ée]r\\p{L}*|retribu\\p{L}*|compenso|[üu]cret\\p{L}*|b[üu]t[çc]e\\p{L}*|harga|bayar\\p{L}*|bud[żz]et\\p{L}*|p[łl]ac\\p{L}*|wynagrodz\\p{L}*|geld|soldi|dinero|dinheiro|argent|grana|verba|financ\\p{L}*|subvenc\\p{L}*|f[öo]rder\\p{L}*|betaal\\p{L}*|betaald\\p{L}*|vergoed\\p{L}*|\\p{L}*vergoeding|honor|honorarium|pr[êe]mio\\p{L}*|premi|ödül\\p{L}*|nagrod\\p{L}*|hadiah|prijs\\p{L}*|preisgeld`,
];
const MONEY = words(`(?=\\p{L})(?:${MONEY_WORDS.join("|")})`);

/**
 * Whether the ask is one in which money is not in play (an open-source project, a jam team, a
 * crossover, a charity event, a co-written paper) and no word of money comes with it.
 */
export function moneyNotInPlay(text: string): boolean {
  return NO_MONEY_ASK.test(text) && !MONEY.test(text) && !CURRENCY.test(text);
}

const CURRENCY = /[$€£¥₺₹]|R\$/u;
