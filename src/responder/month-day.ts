// A day of the month said without its month, in the template languages: "the 12th", "el 12",
// "dia 12", "le 12", "am 12.", "il 12". Said so, it is this month's or next: weeks away at most,
// where "12 mars" or "the 12th of May" may be months away and are not read here.

/** A day's number, 1 to 31. */
const DAY = "(?:[1-9]|[12]\\d|3[01])";

// What may follow the day: the end of its sentence or clause ("by the 12th, could you…", "le 12
// et…"), not a noun it counts ("the 2nd verse", "il 6% di royalty", "IL 4-3-3") nor its month
// ("el 30 de enero", "le 15 juillet", "the 12th of May").
const CLAUSE =
  "and|so|but|or|if|because|y|e|o|pero|porque|et|ou|mais|donc|und|oder|aber|weil|ed|ma|perché|quindi|mas|então|se|si";
const AFTER = `(?=\\s*(?:[,;:!?)\\n]|\\.(?!\\d)|$|\\p{Extended_Pictographic})|\\s+(?:${CLAUSE})(?![\\p{L}\\p{N}]))`;
// German writes the day as an ordinal with a period ("am 12."): then no month after it.
const GERMAN_MONTHS =
  "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember";
const AFTER_DE = `\\.(?!\\d)(?!\\s*(?:${GERMAN_MONTHS})(?![\\p{L}\\p{N}]))`;

/**
 * The day said as a date to meet: "by the 12th", "antes del 12", "até dia 12", "avant le 12",
 * "bis zum 12.", "entro il 12". Not "gone by the 12th".
 */
export const DAY_BY = [
  `(?:(?<!gone |over |dead )by|before|until|till) the ${DAY}(?:st|nd|rd|th)${AFTER}`,
  `(?:antes del|hasta el|para el)(?: día)? ${DAY}${AFTER}`,
  `(?:até|antes d[oe]|pra)(?: o)?(?: dia)? ${DAY}${AFTER}`,
  `(?:avant le|d['’]ici le|pour le|jusqu['’]au) ${DAY}${AFTER}`,
  `(?:bis zum|vor dem) ${DAY}${AFTER_DE}`,
  `(?:entro il|prima del|per il) ${DAY}${AFTER}`,
].join("|");

/**
 * The day said with its article ("on the 12th", "el 12", "o dia 12", "le 12", "am 12.", "il 12"):
 * a date, whose sender's it is only with a cue beside it ("the deadline is the 12th", "entrego
 * el 12"). German "am" not after "I": "I am 14." is an age.
 */
export const DAY_SAID = [
  `the ${DAY}(?:st|nd|rd|th)${AFTER}`,
  `(?:el|le|il)(?: día)? ${DAY}${AFTER}`,
  `dia ${DAY}${AFTER}`,
  `(?<!i )(?:am|zum) ${DAY}${AFTER_DE}`,
].join("|");
