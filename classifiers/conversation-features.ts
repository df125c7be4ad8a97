// What a conversation (one sender's burst of DMs) shows only across its messages: the ask that
// arrives late, a greeting alone first, a link sent alone after praise. Read per message with the
// same tokens and keyword phrases as the whole text; a single message has none of these facts, so
// a one-message conversation scores exactly as the message does.
import { KEYWORD_BIT } from "./keywords.ts";
import { linkFacts } from "./links.ts";
import { normalize, surface } from "./normalize.ts";
import { type TokenTable, wordlike } from "./tokens.ts";

/** What is read of each message of a conversation. */
export interface MessageFacts {
  /** Keyword sets matched in this message alone (KEYWORD_BIT). */
  keywords: number;
  question: boolean;
  /** A greeting and at most three other words ("hey!", "hi there 👋"). */
  greetingOnly: boolean;
  /** A link with at most two words around it. */
  linkOnly: boolean;
  /** The message's word tokens' hashes (tokens.ts `hash`), for the last message's own words. */
  words: number[];
}

const ASKS = KEYWORD_BIT.proposes | KEYWORD_BIT.asks_opinion;
const URL = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}(?:\/\S*)?/gu;

/** The facts of each message, oldest first; reads with `table` (which then holds the last message). */
export function readMessages(messages: readonly string[], table: TokenTable): MessageFacts[] {
  const out: MessageFacts[] = [];
  for (const text of messages) {
    const surf = surface(text);
    const norm = normalize(surf);
    const tokens = table.read(norm);
    const keywords = table.keywords(tokens);
    let words = 0;
    const hashes: number[] = [];
    for (let t = 0; t < tokens.length; t++) {
      if (!wordlike(tokens[t] as string)) continue;
      words++;
      hashes.push((table.infos[t] as { hash: number }).hash);
    }
    const links = linkFacts(surf).links.length;
    let linkOnly = false;
    if (links > 0) {
      const rest = table.read(normalize(surf.replace(URL, " ")));
      let left = 0;
      for (const t of rest) if (wordlike(t)) left++;
      linkOnly = left <= 2;
    }
    out.push({
      keywords,
      question: norm.includes("?"),
      greetingOnly: greetingAlone(keywords, words, links),
      linkOnly,
      words: hashes,
    });
  }
  return out;
}

const GREETING_OR_YOU = KEYWORD_BIT.greeting | KEYWORD_BIT.you;

/** A greeting and at most three other words, none of them an ask or any other keyword. */
export function greetingAlone(keywords: number, words: number, links: number): boolean {
  return (
    (keywords & KEYWORD_BIT.greeting) !== 0 &&
    (keywords & ~GREETING_OR_YOU) === 0 &&
    words <= 4 &&
    links === 0
  );
}

const asks = (m: MessageFacts) => m.question || (m.keywords & ASKS) !== 0;

/** A later message asks (a question, a proposal, a request for an opinion); the first does not. */
export function askLate(parts: readonly MessageFacts[]): boolean {
  const first = parts[0];
  if (!first || parts.length < 2 || asks(first)) return false;
  for (let i = 1; i < parts.length; i++) if (asks(parts[i] as MessageFacts)) return true;
  return false;
}

/** A link sent on its own after an earlier message with praise or a greeting, and no ask at all. */
export function linkAfterPraise(parts: readonly MessageFacts[]): boolean {
  if (parts.some(asks)) return false;
  let warm = false;
  for (const p of parts) {
    if (p.linkOnly && warm) return true;
    if ((p.keywords & (KEYWORD_BIT.praise | KEYWORD_BIT.greeting)) !== 0) warm = true;
  }
  return false;
}

const PITCH =
  KEYWORD_BIT.bait |
  KEYWORD_BIT.asks_you_to_pay |
  KEYWORD_BIT.sells_promo |
  KEYWORD_BIT.self_promo |
  KEYWORD_BIT.sells_service |
  KEYWORD_BIT.contact_elsewhere;

/**
 * A friendly opening that turns into a pitch, a fee or bait in a later message, with no request
 * for an opinion anywhere: the shape of the template scam that warms up before it asks.
 */
export function pitchLate(parts: readonly MessageFacts[]): boolean {
  const first = parts[0];
  if (!first || parts.length < 2 || (first.keywords & PITCH) !== 0) return false;
  if (parts.some((p) => (p.keywords & KEYWORD_BIT.asks_opinion) !== 0)) return false;
  for (let i = 1; i < parts.length; i++)
    if (((parts[i] as MessageFacts).keywords & PITCH) !== 0) return true;
  return false;
}
