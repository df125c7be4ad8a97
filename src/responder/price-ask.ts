// They ask the recipient's price: "what do u charge for a logo?", "how much u charge for a verse",
// "how much for a fullbody?", "quanto tu cobra?", "Ile byś za to wzięła?",
// "what's ur day rate?", "could you quote us?", "qual o valor?", "Jaka cena?", "fiyat alabilir
// miyim", "harganya berapa?", "おいくらですか". Asking them "what's your budget?" back would
// answer a question with the same question: the reply says a price follows once the scope is
// known. Not "happy to pay whatever you charge", "paid at your usual rate" or "name your price":
// those leave the price to the recipient without asking it.
//
// Each alternative is literal words with at most a few bounded words between: linear.
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";

const WORDS = "(?:\\s+[^\\s.?!]+){0,6}?";

// "send" asked of them, not said of the sender's own ("I'll send the price list"): at a clause's
// start or after "please", "and", "can you". The word is looked for before the look back.
const ASKED_SEND = `(?=send)(?<=(?:^|[.!?,;:\\n(]|(?<![\\p{L}\\p{N}])(?:please|pls|plz|kindly|and|just|can\\s+(?:you|u)|could\\s+(?:you|u)))\\s*)send`;

// "ini pricelist aku", "berikut pricelist", "terlampir rate card": their own list offered, not
// the reader's asked (nor "pricelistku", "pricelist saya", read after the word).
const ID_OWN_LIST_NOT =
  "(?<!(?:ini|berikut|terlampir|lampiran|cek|liat|lihat|aku\\s+kirim|saya\\s+kirim)\\s+)";

const ASKS = [
  // English.
  `(?:what|how much)\\s+(?:do|would|will|does|did|d)\\s+(?:you|u|ya|it|that|this|one|a|an|\\d+)${WORDS}\\s+(?:charge|cost|run (?:me|us)|set (?:me|us) back)`,
  `how much\\s+(?:would|will|is|does)\\s+(?:it|that|this)\\s+(?:be|cost)`,
  // Chat without its "do": "how much u charge", "what u charge for a 16", "how much you want".
  `how much\\s+(?:you|u|ya|yu|you'?d|u'?d)\\s+(?:charg(?:e|ing)|ask(?:ing)?|take|want(?=\\s+for|\\s*(?:[?!.,]|$)))|what\\s+(?:you|u|ya|yu)\\s+charg(?:e|ing)\\s+(?:for|per|to)`,
  // "how much for exclusive rights", "how much 4 a beat", "how much is a verse",
  // "how much and whats the wait?", "how much n how long".
  `how much\\s+(?:for|4)\\s+[^\\s.?!]+|how much\\s+(?:is|are|'?s)\\s+(?:a|an|one|your|ur)\\s+[^\\s.?!]+|how much\\s+(?:and|n|&)\\s+(?:how\\s+long|what'?s|whats|when)`,
  `how much(?:\\s+(?:for|per|to hire|do (?:you|u) charge|would (?:you|u) charge|(?:is|are|'?s) (?:a|an|one|it|the|your|ur)))?(?=\\s*(?:[?!.,]|$)|\\s+(?:a|an|one|the|each|per|it|to)${E})`,
  `(?:what'?s|whats|what (?:is|are)|send(?: me| us)?|share|know|get)\\s+(?:your|ur|yr)\\s+(?:(?:usual|day|hourly|feature|full|current|commission|wholesale)\\s+)?(?:rates?|prices?|pricing|fees?|price (?:list|sheet|range))`,
  // "lmk ur price", "let me know your charges", "tell me the cost", "send rates", "revert with
  // your availability and rates", "what's the price for both", "what's the price range".
  `(?:lmk|let\\s+(?:me|us)\\s+know|tell\\s+(?:me|us)|send\\s+(?:me|us)|${ASKED_SEND}|revert\\s+with)\\s+(?:(?:your|ur|yr|the)\\s+)?(?:(?:availability|wholesale|usual|day|hourly)\\s+(?:and\\s+)?){0,2}(?:rates?|prices?|pricing|costs?|charges|price\\s+(?:list|sheet|range))|(?:what'?s|whats|what\\s+(?:is|are))\\s+the\\s+(?:price|cost)s?(?:\\s+range)?(?=\\s+for${E}|\\s*(?:[?!.,]|$))`,
  `(?:(?:day|hourly|feature|your|ur)\\s+)?(?:rates?|prices?|pricing|price range)\\s*\\?`,
  `(?:^|[.!?\\n]\\s*)(?:rates?|prices?)\\s+(?:for|of|on)${E}`,
  `(?:can|could|would)\\s+(?:you|u)\\s+(?:please\\s+)?(?:(?:give|send)\\s+(?:me|us)\\s+a\\s+|provide\\s+(?:me\\s+|us\\s+)?a\\s+)?quote${E}(?!\\s+(?:from|that|this|it))`,
  `quote\\s+(?:me|us)${E}|(?:give|tell|send)\\s+(?:me|us)\\s+(?:a\\s+|the\\s+|your\\s+)?(?:price|quote|rates?)${E}|at what (?:price|cost|rate)`,
  // "Are you available. Please quote.", "could you quote it?", "send us your wholesale terms?".
  `(?:please|pls|plz|kindly)\\s+quote${E}|(?:can|could|would)\\s+(?:you|u)\\s+quote\\s+(?:it|this|that|them)(?=\\s*[?!.]|\\s*$)|(?:${ASKED_SEND}|send\\s+(?:me|us))\\s+(?:your\\s+)?(?:wholesale\\s+)?terms(?=\\s*\\?)`,
  // Spanish.
  `cu[áa]nto\\s+(?:me\\s+)?(?:cobr[áa]s|cobrar[íi]as|cobra|cobran|cuesta|costar[íi]a|sale|saldr[íi]a|ser[íi]a|pides|ped[íi]s|pedir[íi]as)|qu[ée]\\s+precio|(?:tus|sus)\\s+(?:precios|tarifas)|(?:pasar|pasas|pasarme|mandas|mandarme|das|dar|darme|hacer|haces|hacerme|enviarme)\\s+(?:un\\s+)?presupuesto`,
  // Portuguese.
  `quanto\\s+(?:(?:voc[êe]|vc|tu|c[êe]|me)\\s+)?(?:custa|custaria|cobra|cobras|cobraria|cobrarias|fica|ficaria|sai|sairia|seria)|qual\\s+(?:o|é\\s+o|e\\s+o|seria\\s+o|seu|teu)\\s+(?:valor|pre[çc]o)|(?:seus|teus)\\s+(?:pre[çc]os|valores)|(?:passa|passar|passar-me|manda|mandar|faz|fazer|me\\s+d[áa])\\s+(?:um\\s+)?or[çc]amento`,
  // French.
  `combien\\s+(?:tu\\s+(?:prends|prendrais|factures|facturerais|demandes|demanderais)|vous\\s+(?:prenez|prendriez|facturez|factureriez|demandez|demanderiez)|(?:ça|ca|cela)\\s+(?:co[ûu]te|co[ûu]terait)|co[ûu]te|co[ûu]terait|pour)|(?:tu\\s+(?:prends|prendrais|factures|demandes)|vous\\s+(?:prenez|prendriez|facturez|demandez)|(?:ça|ca|cela)\\s+(?:co[ûu]te(?:rait)?|ferait|fait)|c'est|ce\\s+serait)\\s+combien(?!\\s+d[e'’])|quels?\\s+(?:sont\\s+)?(?:tes|vos)\\s+tarifs|quel\\s+(?:prix|tarif)|(?:ton|votre|tes|vos)\\s+(?:prix|tarifs?|devis)|(?:m'envoyer|me\\s+faire|me\\s+donner|nous\\s+envoyer|nous\\s+faire|me\\s+fais|me\\s+fait)\\s+un\\s+devis`,
  // German.
  `was\\s+(?:nimmst\\s+du|nehmen\\s+sie|berechnest\\s+du|berechnen\\s+sie|kostet|w[üu]rde(?:st\\s+du|n\\s+sie)(?:\\s+[^\\s.?!]+){0,3}?\\s+(?:nehmen|verlangen|berechnen)|w[üu]rde\\s+(?:das|es|so\\s+was)(?:\\s+[^\\s.?!]+){0,2}?\\s+kosten|verlangst\\s+du|verlangen\\s+sie)|wie\\s*viel\\s+(?:kostet|nimmst|verlangst|w[üu]rde|nehmen|verlangen)|(?:deine|ihre)\\s+preise|kostenvoranschlag`,
  // Italian.
  `quanto\\s+(?:costa|costerebbe|chiedi|chiede|chiederesti|chiederebbe|prendi|prende|prenderesti|prenderebbe|verrebbe|vuoi|vorresti|mi\\s+(?:costa|costerebbe|chiederesti|faresti|verrebbe))|che\\s+prezz[oi]|(?:i\\s+tuoi|le\\s+tue|i\\s+suoi|le\\s+sue)\\s+(?:prezzi|tariffe)|(?:un|il|del|mi|fare|farmi|mandarmi)\\s+preventivo|prezz[oi]\\s+(?:indicativ|orientativ)\\p{L}*`,
  // Dutch.
  `wat\\s+(?:kost|vraag\\s+je|vraagt\\s+u|reken\\s+je|rekent\\s+u|zou\\s+(?:dat|het)(?:\\s+[^\\s.?!]+){0,2}?\\s+kosten|zou\\s+(?:je|u)(?:\\s+[^\\s.?!]+){0,2}?\\s+(?:rekenen|vragen)|zijn\\s+(?:je|jouw|uw)\\s+tarieven)|hoeveel\\s+(?:kost\\p{L}*|vraag\\p{L}*|reken\\p{L}*|zou\\s+(?:je|u|ge|dat|het)(?:\\s+[^\\s.?!]+){0,2}?\\s+(?:kosten|vragen|rekenen))|wat\\s+(?:vraagt|rekent)\\s+ge|offerte\\s+(?:sturen|maken|opvragen|krijgen)|offerte\\s*\\?`,
  // Polish.
  `jaka\\s+(?:cena|stawka|by\\s+by[łl]a\\s+cena)|ile\\s+(?:by|by[śs]|by[śs]cie|bierzecie|chcesz\\s+za|liczysz|kosztowa[łl]oby)(?:\\s+[^\\s.?!]+){0,3}?\\s+(?:wzi[ąęae]\\p{L}*|kosztowa[łl]\\p{L}*|chcia[łl]\\p{L}*|policzy[łl]\\p{L}*|wzi[ąa][łl])|ile\\s+(?:kosztuje|by\\s+(?:to\\s+)?kosztowa[łl]o|bierzesz|bierze\\s+pan|bierze\\s+pani|wo[łl]asz|za|to\\s+kosztuje)|cennik|wycen\\p{L}*`,
  // Turkish.
  `fiyat\\p{L}*\\s+(?:alabilir|ne|nedir|nas[ıi]l|[öo][ğg]renebilir|verebilir|verir|ver)|ne\\s+kadar(?:a)?\\s+(?:tutar\\p{L}*|al[ıi]yor\\p{L}*|al[ıi]r\\p{L}*|ister\\p{L}*|olur\\p{L}*|yapar\\p{L}*)|ka[çc]\\s+para|[üu]cret\\p{L}*\\s+(?:ne|nedir)|ka[çc]a\\s+(?:yapar\\p{L}*|olur\\p{L}*)`,
  // Indonesian.
  `(?:harga|biaya|ongkos|tarif)(?:nya)?\\s+(?:berapa|brp)|berapaan|berapa\\s+(?:ya|kak|harga\\p{L}*|biaya\\p{L}*|ongkos\\p{L}*|rate|fee)|(?:kena|nambah|tambah)\\s+(?:berapa|brp)|${ID_OWN_LIST_NOT}(?:pricelist|price\\s*list|rate\\s*card|ratecard)(?!\\s*(?:ku|aku|saya|kami|gue|gw)${E})`,
];

const PRICE_ASK = new RegExp(`${B}(?:${ASKS.join("|")})${E}`, "imu");
// Japanese has no word boundaries: "おいくら", "お値段教えて", "お見積もりをお願い", "料金の目安",
// "料金表"; not "料金はご相談で" (the price left open, or their own price offered).
const PRICE_ASK_JA =
  /いくら|お?値段|見積(?:もり)?(?:を|の|って)?(?:お願い|いただ|頂|ください|下さい|もらえ|可能)|料金(?:の目安|表|体系|感|(?:を|は)?(?:教え|知り|お伺い|伺い|どのくらい|どれくらい))|費用感|相場/;
// The price left to them, not asked: "whatever you charge", "at your usual rate", "name your price".
const LEFT_TO_THEM =
  /(?<![\p{L}\p{N}])(?:whatever\s+(?:you|u|your|ur)|(?:at|pay)\s+(?:your|ur)\s+(?:(?:usual|full|normal|standard|day|hourly|consulting)\s+)*(?:rate|price)|name\s+(?:your|ur)\s+price)(?![\p{L}\p{N}])/iu;

/** The sender asks what the recipient would charge. */
export function asksPrice(text: string): boolean {
  if (!PRICE_ASK.test(text) && !PRICE_ASK_JA.test(text)) return false;
  // "Happy to pay whatever you charge. What's your rate?" still asks; without a second ask, not.
  return !LEFT_TO_THEM.test(text) || PRICE_ASK.test(text.replace(LEFT_TO_THEM, " "));
}
