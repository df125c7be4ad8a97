// They ask to book the recipient: "are you available to book for 12 June?", "can I book you for
// my wedding?", "taking bookings for March?", "r u booking shows rn?", "is that date open?", "do
// you have availability in May?", "are you free on the 14th?". A booking is hired work: as with a
// price asked (price-ask.ts), asking them "what budget do you have in mind" back would dodge it,
// so the reply says a quote follows once the work is known. Not a call or a chat booked ("can I
// book a call?", "are you free for a quick chat on Friday?"), an interview or a guest spot, pay
// they set themselves ("a speaker fee"), nor the sender's own bookings ("we have the studio
// booked"). English words.
//
// Each alternative is literal words with at most a few bounded words between: linear.
import { WEEKDAY_EN } from "./weekdays.ts";
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";

const YOU = "(?:you|u|ya)";
const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
// A date or an occasion after "available": "on the 14th", "12/12", "in June", "for a wedding".
const WHEN = `(?:(?:on|in|for|this|next|that)\\s+)?(?:the\\s+)?(?:\\d|${MONTH}|${WEEKDAY_EN}|weekend)|for\\s+(?:a|an|my|our|the)\\s+(?:[\\p{L}-]+\\s+)?(?:wedding|party|gig|show|event|shoot|session|birthday|bday|reception|ceremony|elopement|set|night)`;
const ASKS = [
  // "can I book you", "we'd like to book you for a workshop", "is it possible to book?"
  `(?:(?:can|could|may)\\s+(?:i|we)|(?:like|love|want|wanna|looking|hoping)\\s+to)\\s+book\\s+${YOU}${E}|(?:is\\s+(?:it\\s+)?)?possible\\s+to\\s+book${E}|(?:available|free)\\s+(?:to\\s+book|for\\s+(?:a\\s+)?bookings?)`,
  // "taking bookings for March?", "are you still booking for summer?", "r u booking shows rn?"
  `(?:taking|accepting|open\\s+for|open\\s+to)\\s+(?:new\\s+)?bookings|(?:are|r)\\s+${YOU}\\s+(?:still\\s+)?booking${E}`,
  // "is that date open?", "do you have availability in May?", "what's your availability?"
  `(?:is|are)\\s+(?:that|the|this|those|these)\\s+(?:date|dates|day|days|weekend)\\s+(?:still\\s+)?(?:open|free|available)|(?:do|would)\\s+${YOU}\\s+have\\s+(?:any\\s+)?(?:availability|openings?|slots?|dates?\\s+(?:free|open|available))|(?:what'?s|whats|what\\s+is)\\s+(?:your|ur)\\s+availability`,
  // "are you available on the 14th?", "r u free for a wedding in June?", "u available 12/12?"
  `(?:(?:are|r)\\s+)?${YOU}\\s+(?:still\\s+)?(?:available|free)\\s+(?:${WHEN})`,
];
const BOOKING = new RegExp(`${B}(?:${ASKS.join("|")})`, "iu");
// What is booked when it is no hired work: a call, a chat, an interview, a guest spot.
const NOT_HIRED =
  /^[^.!?\n]{0,60}?(?<![\p{L}\p{N}])(?:call|chat|meeting|coffee|zoom|interview|podcast|panel|guest|collab\p{L}*|together|jam|hang\p{L}*|stream|livestream|catch-?up)(?![\p{L}\p{N}])/iu;

// Pay they set themselves, in words: "a speaker fee", "an honorarium", "at the contractor rate":
// there is nothing to quote.
const THEIR_PAY =
  /(?<![\p{L}\p{N}])(?:(?:speaker|speaking|artist|performance|performer|appearance|session|booking)\s+fees?|honorari(?:um|a)|stipend|(?:at|on)\s+(?:the|our)\s+(?:[\p{L}-]+\s+)?rate)(?![\p{L}\p{N}])/iu;

/** The sender asks to book the recipient for hired work whose pay they have not set. */
export function asksToBook(text: string): boolean {
  const m = BOOKING.exec(text);
  return m !== null && !NOT_HIRED.test(text.slice(m.index)) && !THEIR_PAY.test(text);
}
