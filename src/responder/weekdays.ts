// The days of the week in the template languages, as pattern alternatives: one vocabulary for
// the readers of a sender's date (the deadline of a feedback request, the date a collaboration
// names), so a spelling added for one is read by both. Accents may be left off, as typed in a
// chat ("venerdi", "sabado", "terca-feira").

/** English, in full ("friday"). */
export const WEEKDAY_EN = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
/** English, cut short as typed after "next" ("next sat"): alone most are words of their own. */
export const WEEKDAY_SHORT_EN = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";

/** Spanish. */
export const WEEKDAY_ES = "lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo";
/**
 * Portuguese, Monday to Friday: alone each is also an ordinal ("segunda camada", the second
 * coat), so a reader takes them with "-feira" or after a word that makes them a day ("na sexta").
 * Saturday and Sunday are the Spanish words.
 */
export const WEEKDAY_PT = "segunda|ter[çc]a|quarta|quinta|sexta";
/** French. */
export const WEEKDAY_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
/** German. */
export const WEEKDAY_DE = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag";
/** Italian; "venerdí" too. */
export const WEEKDAY_IT =
  "luned[ìií]|marted[ìií]|mercoled[ìií]|gioved[ìií]|venerd[ìií]|sabato|domenica";
