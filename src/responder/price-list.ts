// The sender's own price list sent along: "ini pricelist aku", "berikut pricelist jasa foto",
// "pricelistku", "here's my rate card", "my price list is attached". The prices are then in the
// reader's hands, so the reply does not ask what the work would cost. An offer to send one later
// ("I can send my rate card") or a list asked of the reader ("boleh minta pricelist nya?") is not
// one sent.
//
// Literal words with at most two short words between: linear in the text.
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";

const LIST = "(?:price\\s*list|rate\\s*card|pricing\\s+(?:sheet|list|page)|daftar\\s+harga)";

const SENT_LIST = new RegExp(
  [
    // Indonesian: the list shown ("ini", "berikut", "terlampir") or owned ("pricelistku").
    `${B}(?:ini|berikut|terlampir|lampiran|(?:aku|saya|sy|gue|gw)\\s+(?:kirim|lampirkan|share))(?:\\s+(?:ya|kak|kakak|min))?\\s+${LIST}`,
    `${B}${LIST}\\s*(?:ku|aku|saya|kami|gue|gw)${E}`,
    // English: the list here or attached, not one that may follow.
    `${B}(?:here(?:['’]s|\\s+is|\\s+are)|attached(?:\\s+is|\\s+are)?|sharing|please\\s+find|below\\s+is)\\s+(?:my|our|the)\\s+${LIST}`,
    `${B}(?:my|our)\\s+${LIST}(?:\\s+is)?\\s+(?:attached|below|here|linked|in\\s+(?:my|the)\\s+(?:bio|link|profile))${E}`,
  ].join("|"),
  "iu",
);

/** The sender sends their own price list with the message. */
export function sendsOwnPriceList(text: string): boolean {
  return SENT_LIST.test(text);
}
