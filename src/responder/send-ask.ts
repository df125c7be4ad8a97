// Whether a sender asks leave to send their piece ("can I send you my demo?", "would it be ok if I
// sent you my portfolio?", "could I DM you two case studies?"): the answer is "yes, send it" and
// how, not a question to think over.

import { WORD_END as E, wholeWords as words } from "./word-edges.ts";

const VERB = "send|sent|share|show|dm|pm|email|e-mail|forward|drop|pass";
// What goes after the verb when it is their piece: the reader ("send you"), or the piece ("send my
// script", "show two logo directions", "send it"); not the reader's own ("share your post").
const OBJECT = `(?:(?:you|u|ya|over|along)${E}|(?:it|them|this|these|my|our|a|an|the|two|three|some|a few)${E})`;
// Sent elsewhere is a question about where to send it: "can I send my demo to labels?".
const ELSEWHERE = `(?![^?.!\\n]{0,60}\\sto (?!(?:you|u|ya)${E})\\p{L})`;

const LEAVE_TO_SEND = words(
  [
    // "can I send you…", "could I show you…", "may we share our deck…"
    `(?:can|could|may|might|shall) (?:i|we) (?:(?:just|quickly|also|maybe) )?(?:${VERB}) ${OBJECT}${ELSEWHERE}`,
    // "ok if I send it?", "would it be alright if I sent you…", "is it ok to send you my demo?",
    // "mind if I share…"
    `(?:ok|okay|alright|fine|cool) (?:if (?:i|we) |to |for me to )(?:${VERB}) ${OBJECT}${ELSEWHERE}`,
    `mind if (?:i|we) (?:${VERB}) ${OBJECT}${ELSEWHERE}`,
    // "would you taste-test my recipe if I send the ratios?"
    `(?:would|could|can|will) (?:you|u)${E}[^?.!\\n]{0,80}\\sif (?:i|we) (?:${VERB}) ${OBJECT}`,
    // The other template languages ("je peux t'envoyer…", "darf ich dir … schicken", "posso
    // mandarti", "mag ik je … sturen", "mogę ci wysłać", "gönderebilir miyim"); Spanish and
    // Portuguese ("puedo enviarte", "te mandar") are read as a look already.
    `(?:je (?:peux|pourrais)|puis-je|est-ce que je peux) (?:t|vous)['’](?:envoyer|montrer|partager)`,
    `(?:darf|kann|könnte) ich (?:dir|ihnen|euch)(?: \\p{L}+){0,4} (?:schicken|senden|zeigen)`,
    `posso (?:mandarti|inviarti|mostrarti|farti (?:vedere|sentire))|(?:ti|le) (?:posso|potrei) (?:mandare|inviare|mostrare)`,
    `mag ik (?:je|jou|u)(?: \\p{L}+){0,4} (?:sturen|opsturen|laten (?:zien|horen))`,
    `(?:mogę|moge|czy mogę) (?:ci|pani|panu)(?: \\p{L}+){0,2} (?:wysłać|wyslac|podesłać|podeslac|pokazać|pokazac)`,
    `(?:gönderebilir|atabilir|yollayabilir|gösterebilir)\\s*miyim`,
  ].join("|"),
);

/** The sender asks whether they may send their piece. */
export function asksToSend(text: string): boolean {
  return LEAVE_TO_SEND.test(text);
}
