// What a message says of money: the budget it names, whether no one is paid, or whether pay is
// said without a sum. A collaboration's brief asks for a budget only when none of these is there.

import { moneyNotInPlay } from "./no-money.ts";
import { isSharePercent } from "./percent-share.ts";

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
  /**
   * The pay is left open to agree ("rate negotiable", "stawka do uzgodnienia", "name your price",
   * "報酬は応相談"): pay is coming, so `paid` is set too and no budget is asked, but a sender
   * offering a service this way has not named its price.
   */
  open?: true;
  /**
   * Set by requestTerms: they call the work paid with a pay word and no sum ("a paid gig", "a
   * speaker fee", "at your day rate", "can I commission you"): a job on offer, so the ask is
   * concrete, but there is no budget to name back.
   */
  paidWork?: true;
}

// An exchange, or words saying no one is paid ("no fee", "pro bono", "ohne Honorar").
const UNPAID =
  /(?<![\p{L}\p{N}])(?:swaps?|trades?|art trade|exchange|unpaid|volunteer\w*|for free|free of charge|no budget|no (?:prize )?money|no cost|no (?:entry )?fees?|no pay|without pay|not paid|pro bono|(?:just )?for (?:the )?exposure|for the joy|for fun|intercambio|sin (?:coste|costo|cobrar|pago)|no remunerad[oa]|gratis|gratuit\w*|bénévole|b[ée]n[ée]volat|échange|non rémunérée?s?|sans rémunération|troca|de graça|sem (?:custo|pagamento|cachê)|não (?:tem|há|temos|teremos|vai ter|rola) (?:cachê|pagamento)|não remunerad[oa]|kostenlos|ehrenamtlich\w*|unbezahlt|ohne (?:bezahlung|honorar|gage)|kein(?:e|en)? (?:honorar|gage|bezahlung)|tausch\w*|gratuit[oa]|scambio|non retribuit[oaie]|senza compenso|ruil\w*|onbetaald|vrijwillig\w*|(?:geen|zonder) vergoeding|wymian\w*|za darmo|(?:bez|brak|nie mamy|nie ma|zero) budżetu|bezp[łl]atn\w*|bez wynagrodzenia|kein geld|kein(?:e|en)? budget|pas de budget|pas d['’]argent|pas de sous|nessun budget|niente soldi|geen budget|geen geld|sin presupuesto|sin lana|no hay (?:mucha )?lana|(?:não tem|não temos|não há|sem) (?:muita )?(?:grana|verba|dinheiro)|n[ãa]o (?:temos|tem|há) orçamento|no (?:tenemos|hay) (?:presupuesto|dinero|plata)|(?:on n['’]a|nous n['’]avons) pas de (?:budget|sous)|non abbiamo (?:budget|soldi|fondi)|sem orçamento|sem verba|bütçe(?:miz)? yok|[üu]cretsiz|takas|g[öo]n[üu]ll[üu]|tukar\w*|sukarela|tanpa bayaran|tidak dibayar|無償|無料|無報酬|ノーギャラ|ボランティア)(?![\p{L}\p{N}])/iu;

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
// A sum without a currency sign is one only where pay is plainly meant, since counts of followers,
// words and pages are written the same way ("12k subs", "~6k words", "6 tys. słów"):
// - after a pay word: "budget 5k", "rate is 40/hour", "pay's 150", "cachê 800", "Gage 300" (not
//   "presupuesto de 3 logos" or "orçamento de 3 músicas": a quote asked for 3 of something);
// - a currency word after it: "2,500 pesos", "200 quid", "2000 baht";
// - a thousands multiplier before a currency: "10 bin TL", "2 tys. zł", "85–100k€", "18 mil pesos";
// - a range in thousands that ends its clause or is called gross or net: "52-58k.", "28-34 tys.
//   netto" (an audience is rarely a range);
// - thousands "for the set", or "from a grant"; a sum per unit of work: "0.06/word", "150 per ep",
//   "10c/word";
// - "jt" (juta), a currency code before the sum ("USD 4.500"), a percent written "%12" (Turkish);
// - two digits or more that a DM gives as its money: "got 500 for my record", "i got 200", "15
//   each", "300 each day", "45 per head", "1200 ok?", "500 robux"; a split "50:50" or "50-50".
//   The look back for "got" is tried at a digit only: from every space of a run it is quadratic.
export const BUDGET =
  /((?:[$€£¥₺₦₹₩₱₽]|R\$|Rp\.?)\s?\d[\d.,]*\s?[kK]?|\b(?:usd|eur|gbp|pln|brl|mxn|cad|aud|chf|inr|idr|ars|cop|clp|sek|nok|dkk|zar|nzd|sgd|hkd|jpy|czk|huf)\s?\d[\d.,]*\s?[kK]?|\b\d[\d.,]*\s?(?:[kK]\s?|(?:bin|milyon|tys\.?|tysięcy|mil|mila|mille|tausend|duizend|lakhs?|crores?|mln)\s)?(?:usd|euros?|eur|(?:sek|nok|dkk|mxn|cad|aud|chf|brl|ars|cop|clp|inr|zar|nzd|sgd|hkd|jpy|czk|huf)(?![\p{L}\p{N}])|dollars?|d[oó]lar(?:es)?|bucks|gbp|pounds|reais|zł|zl|pln|tl|lira|yen|[万千]?円|rb|ribu|juta|jt|cents?|(?:pesos?|quid|rupees?|baht|naira|kronor|kroner|kr|francs?|yuan|rmb|ringgit|dirhams?)(?![\p{L}\p{N}])|(?:€|\$)(?!\s?\d))|\b\d[\d.,]*\s?[kK]?\s?[-–]\s?\d[\d.,]*\s?(?:[kK]|tys\.?)(?=\s*(?:[.,;:!?)+(/]|$|(?:netto|brutto|gross|net|a\s+year|per\s+(?:year|annum)|p\.?a\.?|annually|yearly)(?![\p{L}\p{N}])))|\b\d[\d.,]*\s?[kK](?=\s+(?:for\s+(?:the|a|an|each|all|both|it|this|that|every)|from\s+(?:a|an|the|our|my)\s+(?:grant|fund\w*|sponsor\w*|budget))(?![\p{L}\p{N}]))|\b\d[\d.,]*(?:c|¢|ct)?\s?(?:\/\s?|per\s+)(?:word|hour|hr|page|track|song|ep|episode|video|vid|piece|illustration|emote|panel|design|sticker)s?(?![\p{L}\p{N}])|(?=\d)(?<=(?:^|[^\p{L}\p{N}])got\s+(?:like\s+|about\s+|around\s+|~\s?)?)\d{2,}[\d.,]*\s?[kK]?(?=\s+(?:for|4)(?![\p{L}\p{N}])|\s*(?:[,.!?]|$))|\b\d{2,}[\d.,]*\s?[kK]?(?:\s+robux|\s+(?:each(?:\s+day)?|apiece|a\s+(?:head|day|night)|per\s+(?:head|day|night|person))(?![\p{L}\p{N}])|(?=\s+(?:ok|okay|fine)\s*\?))|\b(?:50[/:-]50|60[/:]40|40[/:]60|70[/:]30|30[/:]70|80[/:]20|20[/:]80|90[/:]10|10[/:]90)\b|\b\d{1,2}\s?%|%\s?\d{1,2}(?!\d)|\b(?:\d{1,2}|ten|fifteen|twenty|twenty-five|thirty|forty|fifty)\s?(?:percent|per cent)\b|(?<![\p{L}\p{N}])(?:pay(?:ing|'s|s)?|fee|rate|charge|budget|budżet|price|cach[êe]|cachet|gage|honorar(?:ios?)?|pago|pagamento|compenso|tarifa|stawka|wynagrodzenie|bayaran(?:nya)?|gaji(?:nya)?)(?:\s+(?:is|of|at|around|about|roughly|approx\.?|will be|would be|de|é de|es de|di|è di|van|ist|est de|wynosi|sekitar))?\s*[:~]?\s*\d[\d.,]*\s?(?:[kK]|%)?|\b(?:budget|paid|rate|fee|royalt\w*|rev(?:enue)?[ -]share|equity|salary|salario|sueldo|compensation|split(?![ -]+(?:singles?|eps?|7"|7-inch|seven-inch|cassettes?|tapes?|albums?|lps?|releases?|records?|vinyl|screen|(?:the|a|an|our|my)\s+(?:email\s+list|list|tables?|(?:mega-)?readme|repo|docs?|chapters?|file|component|class|module|function|PR|pull request|tasks?|work\s*load|issue)|projects)(?![\p{L}\p{N}]))|consignment|commission|presupuesto|pago|remunerad\w*|cachet|rémunér\w*|honorar\w*|bezahlt|gage|retribuit\w*|compenso)\b|(?<![\p{L}\p{N}])(?:bütçe|butce|ücret|ucret|budżet|cachê)\p{L}*|予算|報酬|ギャラ|謝礼|原稿料|制作費)|\b\d[\d.,]*/giu;

// Both exported for the test that keeps them in step (responder-money-words.test.ts).
// A word every BUDGET alternative without a digit holds ("per cent", a pay word, 予算…), matched
// with the same flags: a text with neither a digit nor one of these names no budget, and this
// scan costs a fraction of the full one.
export const BUDGET_WORD =
  /per|budget|paid|rate|fee|royalt|rev|equity|salary|salario|sueldo|compensation|split|consignment|commission|presupuesto|pago|remunerad|cachê|cachet|rémunér|honorar|bezahlt|gage|retribuit|compenso|bütçe|butce|ücret|ucret|budżet|予算|報酬|ギャラ|謝礼|原稿料|制作費/iu;

// A sum or a share: "$300", "split", "rev share", "royalties", "equity". The three readings below
// each add what else counts for their reader, and are built from it so they cannot drift apart.
const SUM_OR_SHARE = "\\d|split|share|royalt|equity";

/** A budget that names terms: a sum, or a share ("rev share", "15% of net"), not a bare word. */
export const NAMES_TERMS = new RegExp(`${SUM_OR_SHARE}|commission|consignment`, "i");

// A sum or a share named ("$300", "rates flexible or rev share"), not a word that only says there
// is pay, nor "commission" ("could I commission you? name your price"): what names terms beside
// pay left open, and what says a price asker already named theirs (plan.ts).
export const NAMES_SUM = new RegExp(SUM_OR_SHARE, "i");

// A budget a request names back: a sum or a share ("$300", "rev share", "twenty percent",
// "consignment"), not a word that only says there is pay ("a paid gig", "a speaker fee", "your
// day rate", "can I commission you", "small budget").
const NAMES_BUDGET = new RegExp(`${SUM_OR_SHARE}|consignment|percent|per cent`, "i");

// Pay said in words without a sum: "will pay", "paying", "paid per word", "we pay by the hour",
// "share the revenue", "dibayar", "profit dibagi dua", "kelime başı ödüyoruz", "pagamos por
// palabra", "payé à la tâche", "Bezahlung pro Wort", "betaald", "płacimy", "ti paghiamo", "I
// charge by the hour", "I want to pay an illustrator properly", "payment via PayPal"; and what a joint work makes, split in words: "divide tudo meio a meio",
// "zyski pół na pół", "compartimos ganancias", "gelir paylaşımlı", "repartimos ventas", "on partage
// les revenus", "la mitad de las ganancias", "metà incasso" (not costs shared: "dividiamo spese"). The brief then asks no budget,
// but nothing is named back for it: they named no sum.
const PAY_SAID =
  /(?<![\p{L}\p{N}])(?:(?<!not )paying(?! (?:attention|customers|clients|users|members|subscribers|players|fans|patrons|supporters|audience))|(?:we|i|we'?ll|i'?ll|we'?d|i'?d|will|would|can|could|(?:want|happy|glad|willing|ready|able|plan(?:ning)?|intend) to) pay(?! (?:nothing|anything|(?:for )?(?:the |an? |my |our |your )?(?:itself|myself|ourselves|studio|travel|transport|shipping|flights?|hotel|materials|supplies|venue|food|gas|overlay)))|pay (?:you|u|per|well|fairly)|payment (?:via|by|through|with|on) (?:paypal|venmo|wise|bank|transfer|card|invoice)|(?:i|we|i'?d|we'?d) charge|per[ -](?:word|hour|hr|page|track|song|episode|video|post|article|piece|image|illustration|drawing|emote|minute of)|hourly|(?:share|split)(?:s|ing)? (?:the |any |all |our )?(?:[\p{L}]+ )?(?:revenue|profits?|proceeds|earnings|income|sales)|half (?:(?:of )?the |of (?:the )?|our |my )?(?:[\p{L}]+ )?(?:revenue|profits?|proceeds|earnings|income|sales)|profit[ -]?shar\w*|(?:di|ber)?bayar(?:an|nya)?|(?:profit|untung|hasil|pemasukan|penghasilan|pendapatan|keuntungan|iklan) dibagi(?: dua| rata)?|bagi hasil|öd(?:üyoruz|üyorum|eriz|erim|eyeceğiz|eyeceğim|eyebiliriz|enecek|enir)|(?:gelir\p{L}*|kazan[cç]\p{L}*|kâr\p{L}*) (?:pay\p{L}*|bölüş\p{L}*)|dziel\p{L}* (?:się )?(?:zysk\p{L}*|przychod\p{L}*)|(?:einnahmen|gewinne?|erlöse?) teilen|teilen (?:wir )?(?:die )?(?:einnahmen|gewinne?|erlöse?)|(?:winst|opbrengst\p{L}*|inkomsten) (?:delen|verdelen)|porcentaje de (?:las )?ventas|porcentagem (?:das|de) vendas|pourcentage (?:des|sur les) ventes|procent (?:od|ze) sprzedaży|yarı yarıya|apoyo económico|pagad[oa]s?|pagamos|pagaremos|remunera\w*|(?:compartimos|compartir|dividimos|dividíamos|dividiríamos|dividir|divide|repartimos|repartir|partage|partageons|partager|partagerait|partagerions|dividiamo|divideremmo|spartiamo|spartire)(?: [\p{L}]+){0,2}? (?:ganancias|beneficios|ingresos|ventas|lucros?|faturamento|receita|vendas|bénéfices|revenus|recettes|ventes|guadagni|ricavi|incass[oi]|vendite)|(?:la )?mitad de (?:las |los )?(?:ganancias|beneficios|ingresos|ventas|taquilla)|metade (?:d[aoe]s? )?(?:receita|lucros?|vendas|bilheteria)|moitié (?:des |de la )?(?:recettes|revenus|bénéfices|ventes)|hälfte (?:der |des )?(?:einnahmen|gewinne?|erlöse?|verkäufe)|metà (?:del |dell['’]|dei |degli |della )?(?:incasso|guadagni|ricavi|profitti|vendite)|a medias|meio a meio|moitié[- ]moitié|divis[oiae] a metà|pół na pół|fifty[- ]fifty|(?<!(?:non|pas) )payé(?:e|s|es)?|payons|payerons|bezahlt\w*|bezahlung|vergütung|vergütet\w*|tagessatz|stundensatz|stundenlohn|betaald\w*|betalen|betaling|vergoed\w*|uurtarief|tarief|płac\w*|zapłac\w*|płatn\w*|wynagrodzeni\w*|pagat[oaie]|paghiamo|pagheremo)(?![\p{L}\p{N}])|有償|山分け|折半|時給|日当|文字単価|お支払い/iu;

// What pay is called, for saying it is left open, in the template languages.
const PAY_WORD =
  "budget|budżet\\p{L}*|bütçe\\p{L}*|rates?|fees?|pay|price|pricing|compensation|salary|presupuesto|tarifas?|precios?|pago|honorarios?|honorarium|honorar|remuneración|remuneração|rémunération|orçamento|cachê|cachet|valor|preço|tarifs?|prix|forfait|gage|preis|bezahlung|vergütung|gehalt|compenso|tariff[ae]|prezzo|retribuzione|tarief|prijs|vergoeding|stawk\\p{L}*|wynagrodzeni\\p{L}*|cen[ay]|ücret\\p{L}*|fiyat\\p{L}*|harga\\p{L}*|honor|bayaran|gaji|salario|sueldo";
// Said of it, in words no other sense has: "negotiable", "a combinar", "nach Absprache".
const LEFT_OPEN =
  "negotiable|negociable|negociável|negoziabile|verhandelbar|onderhandelbaar|négociable|negocjowaln\\p{L}*|to be (?:discussed|agreed|confirmed|negotiated)|a combinar|a convenir|a negociar|a discutir|a definir|por definir|a conversar|à discuter|à négocier|à définir|à convenir|nach absprache|nach vereinbarung|da concordare|da definire|da discutere|trattabile|te bespreken|bespreekbaar|in overleg|overeen te komen|do uzgodnienia|do dogadania|do ustalenia|do negocjacji|görüşülür|konuşuruz|konuşulur|konuşalım|pazarlık\\p{L}*|anlaşmalı|(?:bisa )?(?:di)?nego|bisa (?:diskusi|dibicarakan)|fleksibel";

// Pay left open: "budget is flexible", "rate: negotiable", "fee per event bisa nego", "Compenso
// da definire", "stawka do uzgodnienia", "can we talk rates?", "name your price", "happy to pay
// whatever you charge", "報酬は応相談". Only a sum (or a share) then counts as a budget named;
// the word alone is not one to thank them for. Words with other senses ("open", "flexible")
// count only right after the pay word.
const OPEN_TERMS = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:${PAY_WORD})(?:\\s+(?:is|are|would be|will be|totally|very|pretty|quite))?\\s*:?\\s*(?:flexible|open|tbd|tba|tbc|up to you|depends)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:${PAY_WORD})(?:[ \\t]+[\\p{L}\\p{N}'’]+){0,2}?\\s*[:,-]?\\s*(?:${LEFT_OPEN})(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:flexible|negotiable|open)\\s+(?:budget|rate|fee|pay)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:talk|discuss|discussing|negotiate)\\s+(?:the\\s+|your\\s+|ur\\s+|our\\s+|sync\\s+)?(?:rates?|fees?|price|pricing|compensation|budget)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:hablamos|hablar|hablemos|conversar|falar|falamos|parler|discuter|parlons|parliamo|parlare|diskusi|ngobrolin|bahas)\\s+(?:(?:de|del|da|do|du|des|di|della|soal|tentang)\\s+)?(?:(?:la|las|el|o|a|os|as|le|les|il)\\s+)?(?:${PAY_WORD})(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:whatever\\s+(?:you|u)\\s+(?:charge|quote|ask|think\\s+is\\s+fair)|name\\s+(?:your|ur)\\s+(?:price|rate|fee))(?![\\p{L}\\p{N}])`,
    // Japanese: "報酬はご相談させてください", "予算は相談", "応相談".
    `(?:予算|報酬|料金|単価|ギャラ|謝礼|条件|金額|費用|価格|値段)[^。！？!?\\n]{0,10}?相談|応相談|要相談`,
  ].join("|"),
  "iu",
);
// A word every OPEN_TERMS alternative holds (a pay word, "whatever", "name", 相談), matched with
// the same flags: a text without one cannot match, and this scan is some forty times cheaper.
const OPEN_TERMS_WORD = new RegExp(`${PAY_WORD}|whatever|name|相談`, "iu");

// Costs shared rather than pay: "we split the studio cost", "share the costs", "go halves on the
// pressing", "dividimos los gastos", "on partage les frais", "wir teilen die Kosten", "dividiamo le
// spese", "kosten delen", "dzielimy się kosztami", "masrafları bölüşürüz", "patungan", "割り勘".
// The terms are said: no budget is asked of them. Words with at most two between: linear.
const COST_SHARED = new RegExp(
  `${[
    `(?:share|sharing|split|splitting|divide|dividing|go halves on|go half on|chip in on|pitch in on)(?: [\\p{L}-]+){0,2}? (?:costs?|expenses?|bills?)|cost[- ]shar\\p{L}*|go(?:ing)? (?:halves|half|dutch)|(?:costs?|expenses?) (?:split|shared)`,
    `(?:dividir|dividimos|compartir|compartimos|repartir|repartimos|rachar|rachamos|pagar a medias)(?: \\p{L}+){0,2}? (?:gastos|costos|costes|custos|despesas)|(?:gastos|custos|despesas) (?:a medias|compartidos|divididos|a meias|meio a meio)`,
    `(?:partager|partage|partageons|diviser|divise|divisons)(?: \\p{L}+){0,2}? (?:frais|co[uû]ts|d[ée]penses)|frais partag[ée]s`,
    `(?:kosten|ausgaben) (?:teilen|aufteilen|geteilt)|teilen (?:uns |wir )?(?:die )?(?:kosten|ausgaben)`,
    `(?:dividere|dividiamo|condividere|condividiamo|spartire|spartiamo)(?: \\p{L}+){0,2}? (?:spese|costi)|spese (?:divise|condivise|a met[àa])`,
    `(?:kosten|onkosten) (?:delen|verdelen|gedeeld)|delen (?:we )?de (?:on)?kosten`,
    `(?:dzielimy|podzielimy|dzieli[ćc])(?: si[ęe])? (?:kosztami|koszty)|koszty po po[łl]owie`,
    `masraf\\p{L}* (?:bölüş\\p{L}*|paylaş\\p{L}*|yarı yarıya)|patungan|(?:biaya|ongkos) (?:dibagi|bagi dua)`,
  ]
    .map((alternative) => `(?<![\\p{L}\\p{N}])(?:${alternative})(?![\\p{L}\\p{N}])`)
    .join("|")}|割り勘|費用(?:は|を)?折半`,
  "iu",
);

/** The cost sharing they propose, as said ("split the studio cost"), if any. */
export function costShared(text: string): string | undefined {
  return COST_SHARED.exec(text)?.[0];
}

/**
 * The budget they name, and whether they say no one is paid. Said unpaid ("ücretsiz", "no fee")
 * or left open ("budget is flexible"), a budget word without a sum is that word, not a budget to
 * thank them for: only a sum named after it ("ücretsiz değil, 5.000 TL") is one.
 */
export function moneyTerms(text: string): MoneyTerms {
  const unpaid =
    UNPAID.test(text) ||
    UNPAID_SAID.test(text) ||
    (CHARITY.test(text) && !PAYS.test(text)) ||
    moneyNotInPlay(text);
  const open = OPEN_TERMS_WORD.test(text) && OPEN_TERMS.test(text);
  // A sum is the budget before a word that only says there is one: "my rate is $250/song".
  // Scanning for a sum is most of this function's time, and a text with no digit has none; one
  // scan finds the first sum and, failing one, the first budget word.
  const digit = /\d/.test(text);
  const sum = () => (digit ? firstGroup(BUDGET, text, /\d/) : undefined);
  const named = unpaid
    ? sum()
    : open
      ? firstGroup(BUDGET, text, NAMES_SUM)
      : digit
        ? firstGroup(BUDGET, text, /\d/, true)
        : BUDGET_WORD.test(text)
          ? firstGroup(BUDGET, text, NAMES_BUDGET, true)
          : undefined;
  // Costs shared are the terms when nothing else is: "share the costs" asks no budget back.
  const budget = named ?? (unpaid ? undefined : costShared(text));
  // Left open, pay is coming all the same: no budget is asked as if nothing was said of it.
  const paid = !budget && !unpaid && (open || PAY_SAID.test(text));
  return {
    ...(budget ? { budget } : {}),
    ...(unpaid ? { unpaid } : {}),
    ...(paid ? { paid } : {}),
    ...(paid && open ? { open } : {}),
  };
}

/**
 * The terms as a request is answered: a budget word with no sum or share says the work is paid
 * (`paidWork`), as "will pay" does; thanking them "for being specific about the budget" would
 * thank them for a number they did not give. A number beside the word is kept as the budget, as
 * it may be a sum written in a way BUDGET does not read ("DKK 8,000 fee", "budget like 50"). An
 * offer keeps the word: its price is read from it (plan.ts).
 */
export function requestTerms(text: string, terms: MoneyTerms): MoneyTerms {
  const word = terms.budget;
  if (word === undefined || NAMES_BUDGET.test(word) || COST_SHARED.test(word)) return terms;
  const at = text.indexOf(word);
  if (at < 0 || numberNear(text, Math.max(0, at - 20), at + word.length + 20)) return terms;
  const { budget: _word, ...rest } = terms;
  return { ...rest, paid: true, paidWork: true };
}

// A number that may be a sum: not a digit inside a word or a link ("bit.ly/x3", "mp3", "v2",
// "A4"). Only a Latin letter before it: Japanese writes a sum right after its word ("予算2.5万").
const NUMBER = /(?<![\p{Script=Latin}\p{N}/_.-])\d/gu;

// What a number counts when it is no sum: "~40 hrs at your usual rate", "5 tracks, usual rate".
const COUNTS_AFTER =
  /^[\d.,]*\s*(?:hrs?|hours?|h|days?|weeks?|wks?|months?|mins?|minutes?|years?|tracks?|songs?|pages?|words?|episodes?|eps|videos?|pieces?|items?|people|ppl|members?|subs|followers)(?![\p{L}\p{N}])/iu;

/**
 * A number between `from` and `to` that may be a sum, read in the whole text: "x3" cut to "3" is
 * no number, and "25" cut to "5" is one; "40 hrs" counts hours, not money.
 */
function numberNear(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && start > from - 20 && /[\d.,]/.test(text[start - 1] as string)) start--;
  NUMBER.lastIndex = start;
  for (let m = NUMBER.exec(text); m !== null && m.index < to; m = NUMBER.exec(text)) {
    if (!COUNTS_AFTER.test(text.slice(m.index, m.index + 24))) return true;
    // Past this number's digits: the next one found is another number.
    while (NUMBER.lastIndex < text.length && /[\d.,]/.test(text[NUMBER.lastIndex] as string))
      NUMBER.lastIndex++;
  }
  return false;
}

const PERCENT = /%|percent|per cent/i;

/**
 * Group 1 of the first match that has one (and that `must` matches, if given), trimmed; with
 * `orFirst`, else the first group that names a sum or a share, else the first group of any
 * match: "paid per track, split the masters" names the split, not the word "paid".
 */
function firstGroup(re: RegExp, text: string, must?: RegExp, orFirst = false): string | undefined {
  let first: string | undefined;
  let named: string | undefined;
  for (const m of text.matchAll(re)) {
    // "$220," and "£1,800." end a clause, not the sum.
    const group = m[1]?.trim().replace(/[.,;:]$/, "");
    if (group === undefined) continue;
    // "52% open rate" is a figure, not money; "20% of sales" is a share. Read from its number:
    // "pay 15% commission" is said by "pay".
    if (PERCENT.test(group)) {
      const raw = m[1] ?? "";
      const at = m.index + Math.max(0, raw.search(/[\d%]/));
      if (!isSharePercent(text, at, m.index + raw.length)) continue;
    }
    if (must === undefined || must.test(group)) return group;
    if (orFirst) {
      first ??= group;
      if (named === undefined && NAMES_BUDGET.test(group)) named = group;
    }
  }
  return named ?? first;
}
