// The days of the week in the template languages, as pattern alternatives: one vocabulary for
// the readers of a sender's date (the deadline of a feedback request, the date a collaboration
// names), so a spelling added for one is read by both.

/** English, in full ("friday"). */
export const WEEKDAY_EN = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
/** English, cut short as typed after "next" ("next sat"): alone most are words of their own. */
export const WEEKDAY_SHORT_EN = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";

/** Spanish. */
export const WEEKDAY_ES = "lunes|martes|miércoles|jueves|viernes|sábado|domingo";
/**
 * Portuguese, Monday to Friday: alone each is also an ordinal ("segunda camada", the second
 * coat), so a reader takes them with "-feira" or after a word that makes them a day ("na sexta").
 * Saturday and Sunday are the Spanish words.
 */
export const WEEKDAY_PT = "segunda|terça|quarta|quinta|sexta";
/** French. */
export const WEEKDAY_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
/** German. */
export const WEEKDAY_DE = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag";
/** Italian. */
export const WEEKDAY_IT = "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica";
