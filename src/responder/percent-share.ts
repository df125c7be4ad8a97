// Whether a percentage is money: a share or a cut ("20% of sales", "15% commission", "you'd keep
// 70%", "royalti 10%", "70% voor jou", "売上の10%"), not a figure ("52% open rate", "my channel
// grew 30%", "90% done", "15% off"). Only a share is terms to name back; a figure is no budget,
// and a sum said after it ("50% now, $200 total") is the budget instead.
//
// Each look is a bounded run of words either side of the percentage: linear.
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";

// Words that name a share or a cut by themselves: "8% royalty", "30% rev share", "a 20% cut",
// "ロイヤリティ8%"; Japanese words have no edge to keep.
const SHARE = `(?:royalt\\p{L}*|regal[ií]as|royalti|tantiem\\p{L}*|telif\\p{L}*|pay[ıi]|commissions?|commissione|comisi[óo]n|komisi|prowizj\\p{L}*|cut|split|share|rev|revenue|equity|stake|fee|finder|affiliate|referral|wholesale|ingrosso|marż\\p{L}*|margin)${E}|ロイヤリティ|印税|手数料|売上|チケットバック|歩合`;
// What a share is of: "of net sales", "on every shirt sold", "de las ventas", "z biletów".
const OF =
  "of|from|on|de|do|da|des|del|della|dell['’]|dei|van|z|ze|su|sul|sur|sobre|von|vom|der|auf|dari|por|pro";
// What it is a share of: earnings, sales, tickets, the price ("50% of retail"), or the company
// itself ("30% of the company": equity).
const EARNINGS =
  "sales?|sold|revenue|net|gross|profits?|proceeds|earnings|income|royalt\\p{L}*|tickets?|door|merch|retail|wholesale|commissions|sponsorships?|streaming|company|ventas|vendas|ventes|vendite|verkäuf\\p{L}*|umsatz|omzet|sprzeda\\p{L}*|satış\\p{L}*|penjualan|ingresos|receitas?|revenus|recettes|ricavi|incass\\p{L}*|opbrengst\\p{L}*|przychod\\p{L}*|gelir\\p{L}*|pendapatan|ganancias|beneficios|lucros?|bénéfices|guadagni|profitti|gewinn\\p{L}*|einnahmen|erl[öo]s\\p{L}*|winst|zysk\\p{L}*|keuntungan|regal[ií]as|direitos|droits|diritti|bilet\\p{L}*|entradas|ingressos|billets|biglietti|taquilla|bilheteria|alquiler|vend\\p{L}*|verkauft|terjual";
// Who gets it: "for you", "to you", "voor jou", "pra ti", "per te".
const TO_YOU =
  "(?:to|for|voor|pra|para|per|für|pour|dla|untuk)\\s+(?:you|u|jou|ti|te|dich|toi|vous|ciebie|kamu|kakak)";
const AFTER = new RegExp(
  `^\\s*(?:(?:[\\p{L}'’-]+\\s+){0,2}?(?:${SHARE})|(?:${OF})(?:\\s+|(?<=['’]))(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${EARNINGS})${E}|(?:[^\\s.!?,;]+\\s+){0,4}?${TO_YOU}${E})`,
  "iu",
);

// What says it is paid or kept as a share, just before it: "you'd keep", "pay you", "we take",
// "os damos un", "Proponujemy", "Wy bierzecie"; or a share word a few words before: "royalty of
// 12%", "royalty dell'8%", "rev share 30%", "手数料は売上の30%"; Turkish names the revenue
// shared ("gelirin %25'i", "gelir %50-%50").
const GIVE =
  "get|gets|getting|keep|keeps|take|takes|taking|give|gives|giving|pay|paying|offer|offering|earn|earns|receive|receives|damos|doy|ofrecemos|pagamos|ganas|recibes|te\\s+llevas|te\\s+quedas\\s+con|dou|damos|pagamos|ganha|recebe|recebes|fica\\s+com|ficas\\s+com|donnons|donne|offrons|touches|gagnes|diamo|offriamo|ricevi|prendi|tieni|geben|bieten|zahlen|bekommst|erhältst|behältst|dajemy|płacimy|oferujemy|proponujemy|proponuję|dostaniesz|otrzymasz|bierzecie|bierzemy|veriyoruz|öneriyoruz|alırsın|dapat|kasih|beri";
const FILLER =
  "a|an|un|una|the|el|il|lo|la|le|les|o|about|around|roughly|up\\s+to|only|just|flat|standard|straight|you|u|ti|te|os|vous|dir|ihnen|wam|ci|them|us";
const BEFORE = new RegExp(
  `(?:${B}(?:${GIVE})(?:\\s+(?:${FILLER})){0,2}\\s*|(?:${SHARE}|gelir\\p{L}*)[^.!?\\n]{0,25})$`,
  "iu",
);
// A giving word before it, yet what follows says a discount: "your players get 15% off".
const NOT_MONEY_AFTER = /^\s*(?:off|discount)(?![\p{L}\p{N}])/iu;

/** The percentage at `start`..`end` of `text` is a share or a cut, not a figure. */
export function isSharePercent(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (AFTER.test(after)) return true;
  return BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !NOT_MONEY_AFTER.test(after);
}
