// What a message says of money: the budget it names, whether no one is paid, or whether pay is
// said without a sum. A collaboration's brief asks for a budget only when none of these is there.

export interface MoneyTerms {
  budget?: string;
  /**
   * No money changes hands: a swap or trade, or said so ("unpaid", "kostenlos"). The brief then
   * asks for no budget; nothing is named back for it, and it alone does not make an ask concrete.
   */
  unpaid?: true;
  /**
   * They say the work is paid but name no sum ("will pay", "pagamos por palabra"): the brief asks
   * no budget, but nothing is named back for it, and it alone does not make an ask concrete.
   */
  paid?: true;
}

// An exchange, or words saying no one is paid ("no fee", "pro bono", "ohne Honorar").
const UNPAID =
  /(?<![\p{L}\p{N}])(?:swaps?|trades?|art trade|exchange|unpaid|volunteer\w*|for free|free of charge|no budget|no (?:prize )?money|no cost|no (?:entry )?fees?|no pay|without pay|not paid|pro bono|(?:just )?for (?:the )?exposure|for the joy|for fun|intercambio|sin (?:coste|costo|cobrar|pago)|no remunerad[oa]|gratis|gratuit\w*|bénévole|b[ée]n[ée]volat|échange|non rémunérée?s?|sans rémunération|troca|de graça|sem (?:custo|pagamento|cachê)|não remunerad[oa]|kostenlos|ehrenamtlich\w*|unbezahlt|ohne (?:bezahlung|honorar|gage)|kein(?:e|en)? (?:honorar|gage|bezahlung)|tausch\w*|gratuit[oa]|scambio|non retribuit[oaie]|senza compenso|ruil\w*|onbetaald|vrijwillig\w*|(?:geen|zonder) vergoeding|wymian\w*|za darmo|bezp[łl]atn\w*|bez wynagrodzenia|[üu]cretsiz|takas|g[öo]n[üu]ll[üu]|tukar\w*|sukarela|tanpa bayaran|tidak dibayar|無償|無料|無報酬|ノーギャラ|ボランティア)(?![\p{L}\p{N}])/iu;

// No one is paid, said in more words: "free" standing alone in its clause ("Free, I just want the
// shots", "video? free, just mention us"; not "u free?", "free Thursday"), "it's free", "you
// don't pay anything", "no payment needed", "can't pay" (not "can't pay much"), "in return we'll
// feature you", "we'd want a free licence". English only, as the words are.
const UNPAID_SAID =
  /(?:^|[,.;:!?(—–]\s*|\s[—–-]\s+)free(?=\s*(?:[,.;:)!—–]|$))|(?<![\p{L}\p{N}])(?:(?:it'?s|its|totally|completely|100%) free(?!\s+(?:to|for|time|on|this|next|in|at|until|till|from|after|before|of|shipping)(?![\p{L}\p{N}]))|(?:you|u) (?:don'?t|do not|won'?t|will not|wouldn'?t) (?:have to |need to )?pay|no payment(?! up ?front)|(?:can'?t|cannot|can not|unable to) pay(?! (?:much|a lot|what|your|market|full|the full|more|well|big|huge|everyone|you (?:much|a lot|what|your|market|full)))|in return(?:,)? (?:we'?ll|we will|we can|you'?ll|you will|you get|for)|(?:want|like|need|get|offer(?:ing)?) (?:you )?(?:a|an|some) free (?!(?:call|chat|consult\w*|quote|trial|session|slot)(?![\p{L}\p{N}])))/iu;
// A charity's project asked of them, with no word of pay: "a charity stream", "all proceeds go to
// the food bank". "we can pay a bit" keeps the budget question.
const CHARITY =
  /(?<![\p{L}\p{N}])(?:charity(?: [\p{L}-]+)? (?:stream|livestream|marathon|tournament|auction|anthology|compilation|album|bundle|calendar|event|show|gig|concert|throwdown|zine|run)|(?:all )?(?:the )?(?:proceeds|profits) (?:go |going |will go |are going )?to)(?![\p{L}\p{N}])/iu;
const PAYS = /(?<![\p{L}\p{N}])(?:pay|paid|paying|fee|honorarium|stipend)(?![\p{L}\p{N}])/iu;

// Group 1 is the budget; a number not followed by a currency is consumed whole by the last
// alternative instead, because the engine would otherwise retry "1.1.1…" from each of its digits
// (time quadratic in its length). No later digit of that run could match: it ends at the same place.
// A "$" or "€" after a number is its currency only when no number follows: "Oct 4. $800".
const BUDGET =
  /((?:[$€£¥₺]|R\$|Rp\.?)\s?\d[\d.,]*\s?[kK]?|\b\d[\d.,]*\s?(?:[kK]\s)?(?:usd|eur|euros?|dollars?|d[oó]lar(?:es)?|bucks|gbp|pounds|reais|zł|zl|pln|tl|lira|yen|[万千]?円|rb|ribu|juta|cents?|(?:€|\$)(?!\s?\d))|\b(?:50\/50|60\/40|40\/60|70\/30|30\/70|80\/20|20\/80|90\/10|10\/90)\b|\b\d{1,2}\s?%|(?<![\p{L}\p{N}])pay(?:ing)?\s+\d[\d.,]*|\b(?:budget|paid|rate|fee|royalt\w*|rev(?:enue)?[ -]share|equity|salary|compensation|split|consignment|commission|presupuesto|pago|remunerad\w*|cachê|cachet|rémunér\w*|honorar\w*|bezahlt|gage|retribuit\w*|compenso)\b|(?<![\p{L}\p{N}])(?:bütçe|butce|ücret|ucret)\p{L}*|予算|報酬|ギャラ|謝礼|原稿料|制作費)|\b\d[\d.,]*/giu;

// Pay said in words without a sum: "will pay", "paying", "paid per word", "we pay by the hour",
// "share the revenue", "dibayar", "profit dibagi dua", "kelime başı ödüyoruz", "pagamos por
// palabra", "payé à la tâche", "Bezahlung pro Wort", "betaald", "płacimy", "ti paghiamo". The
// brief then asks no budget, but nothing is named back for it: they named no sum.
const PAY_SAID =
  /(?<![\p{L}\p{N}])(?:(?<!not )paying(?! (?:attention|customers|clients|users|members|subscribers|players|fans|patrons|supporters|audience))|(?:we|i|we'?ll|i'?ll|we'?d|i'?d|will|would|can|could) pay(?! (?:nothing|anything|(?:for )?(?:the |an? |my |our |your )?(?:itself|myself|ourselves|studio|travel|transport|shipping|flights?|hotel|materials|supplies|venue|food|gas|overlay)))|pay (?:you|u|per|well|fairly)|per[ -](?:word|hour|hr|page|track|song|episode|video|post|article|piece|image|illustration|drawing|emote|minute of)|hourly|(?:share|split)(?:s|ing)? (?:the |any |all )?(?:revenue|profits?|proceeds|earnings|income)|profit[ -]?shar\w*|(?:di|ber)?bayar(?:an|nya)?|(?:profit|untung|hasil|pemasukan|penghasilan|pendapatan|keuntungan|iklan) dibagi(?: dua| rata)?|bagi hasil|öd(?:üyoruz|üyorum|eriz|erim|eyeceğiz|eyeceğim|eyebiliriz|enecek|enir)|apoyo económico|pagad[oa]s?|pagamos|pagaremos|remunera\w*|(?<!(?:non|pas) )payé(?:e|s|es)?|payons|payerons|bezahlt\w*|bezahlung|vergütung|vergütet\w*|tagessatz|stundensatz|stundenlohn|betaald\w*|betalen|betaling|vergoed\w*|uurtarief|tarief|płac\w*|zapłac\w*|płatn\w*|wynagrodzeni\w*|pagat[oaie]|paghiamo|pagheremo)(?![\p{L}\p{N}])|有償|時給|日当|文字単価/iu;

// Pay left open: "budget is flexible", "rate: negotiable", "name your price". Only a sum then
// counts as a budget named; the word alone is not one to thank them for.
const OPEN_TERMS =
  /(?<![\p{L}\p{N}])(?:(?:budget|rate|fee|pay|price|compensation)s?(?:\s+(?:is|are|would be|will be))?\s*:?\s*(?:flexible|negotiable|tbd|tba|open|to be (?:discussed|agreed)|up to you|depends)|(?:flexible|negotiable|open)\s+(?:budget|rate|fee|pay)|whatever you think is fair|name your (?:price|rate))(?![\p{L}\p{N}])/iu;

/**
 * The budget they name, and whether they say no one is paid. Said unpaid ("ücretsiz", "no fee")
 * or left open ("budget is flexible"), a budget word without a sum is that word, not a budget to
 * thank them for: only a sum named after it ("ücretsiz değil, 5.000 TL") is one.
 */
export function moneyTerms(text: string): MoneyTerms {
  const unpaid =
    UNPAID.test(text) || UNPAID_SAID.test(text) || (CHARITY.test(text) && !PAYS.test(text));
  const budget =
    unpaid || OPEN_TERMS.test(text) ? firstGroup(BUDGET, text, /\d/) : firstGroup(BUDGET, text);
  const paid = !budget && !unpaid && PAY_SAID.test(text);
  return {
    ...(budget ? { budget } : {}),
    ...(unpaid ? { unpaid } : {}),
    ...(paid ? { paid } : {}),
  };
}

/** Group 1 of the first match that has one (and that `must` matches, if given), trimmed. */
function firstGroup(re: RegExp, text: string, must?: RegExp): string | undefined {
  for (const m of text.matchAll(re)) {
    // "$220," and "£1,800." end a clause, not the sum.
    const group = m[1]?.trim().replace(/[.,;:]$/, "");
    if (group !== undefined && (must === undefined || must.test(group))) return group;
  }
  return undefined;
}
