// The reader's part said after a verb of joining or another verb, in English: "would you hop on for
// an hour and play some songs?", "wanna come on the stream and judge?", "could you sit in and play
// keys", "would you design and teach it?", "would you maybe wanna sing the last chorus", "we'd
// love to have you on to talk about going full time", "we'd love you to look at accessibility".
// part-said.ts reads the part when its verb comes first; these shapes put it after "and", after
// "have you on to", or after a hedge ("maybe wanna"). part-said.ts reads them with its own shapes,
// so the brief does not ask "what you need from me". Each part is a bounded run: linear.
import { WORK_VERB } from "./asked-work.ts";
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";
import { CLAUSE_END } from "./work-divided.ts";

const YOU = "(?:you|u)";
// Verbs of a part that WORK_VERB leaves out, each with what must follow it: "add some guitar",
// "do the music", "help with lighting", "mc", "arrange it". A part ends where its word does; "make
// something" is none.
const MORE_PART = `(?:(?:mc|emcee|arrange)${E}|add\\s+(?:some|a|an|the|your|ur)|do\\s+(?:the|a|an|some|your|ur)\\s+(?!(?:call|chat|collab|thing)${E})|help\\s+(?:with|on)\\s+(?!(?:it|that|this|something|anything|stuff)${E}))`;
const PART = `(?:(?:${WORK_VERB})${E}(?!\\s+(?:something|anything|stuff|smth|sth)${E})|${MORE_PART})`;
// A request put to the reader, with its hedges: "would you", "could u maybe", "would you be up
// to", "wanna", "down to", "we'd love you to".
const ASK = `(?:(?:would|could|can|will)\\s+${YOU}(?:\\s+(?:maybe|please|ever|like\\s+to|want\\s+to|wanna|be\\s+(?:able|willing|up|down|keen)\\s+to)){0,3}|(?:wanna|want\\s+to|down\\s+to|keen\\s+to)|(?:love|like|want)\\s+(?:for\\s+)?${YOU}\\s+to)`;
// Coming along, said first: "hop on", "come on the stream", "sit in", "swing by", "join".
const JOIN = `(?:(?:hop|jump|pop|drop|stop|swing|come|sit|get)(?:\\s+(?:on|in|by|over|along|through|down|up|to))?|join)`;

// "would you hop on for an hour and play some songs", "would you design and teach it": a first
// verb, at most eight words of the same clause, then "and" and the part.
const AND_PART = new RegExp(
  `${B}${ASK}\\s+(?:${JOIN}|${WORK_VERB})${E}(?:\\s+[^\\s.!?;]+){0,8}?\\s+and\\s+${PART}`,
  "iu",
);
// "would you maybe wanna sing the last chorus": the part after a hedge, with its object or at
// its clause's end.
const HEDGED = new RegExp(
  `${B}(?:would|could)\\s+${YOU}\\s+(?:maybe|ever)\\s+(?:wanna|want\\s+to|like\\s+to)\\s+${PART}(?:${CLAUSE_END}|\\s+(?:it|them|the|a|an|our|my|some|on|with)${E})`,
  "iu",
);
// "could you join and talk about modular", "come on and talk about your process": a talk, its
// topic said. Not a call's agenda ("hop on a call and talk about the project").
const TALK_AFTER_JOIN = new RegExp(
  `${B}${ASK}\\s+${JOIN}${E}(?:\\s+(?!(?:call|chat|zoom|meeting|coffee)${E})[^\\s.!?;]+){0,8}?\\s+and\\s+(?:talk|speak|chat)\\s+(?:about|on|through)\\s+(?!(?:it|this|that|the|a|an|our|my|something|anything|what|how|whether|if|collab\\p{L}*|working|ideas|options|stuff|things|details)${E})\\p{L}`,
  "iu",
);
// "have you on to talk about going full time": a guest's part, said.
const ON_TO = new RegExp(
  `${B}have\\s+${YOU}\\s+(?:on|over|in)\\s+to\\s+(?:talk|speak|chat)\\s+(?:about|on|through)\\s+(?!(?:it|this|that|something|anything|a\\s+collab|collab\\p{L}*|working|ideas|options)${E})\\p{L}`,
  "iu",
);
// "we'd love you to look at accessibility", "could you look into performance": a look at a
// field, bare; not "look at our deck" or "look at this", which asks them to consider the ask.
const LOOK_AT = new RegExp(
  `${B}${ASK}\\s+look\\s+(?:at|into)\\s+(?!(?:the|a|an|our|my|your|ur|this|that|these|those|it|them|us|me|some|something|anything|what|how|whether|if)${E})\\p{L}{3,}`,
  "iu",
);

/** The reader's part said in one of the shapes above. */
export function saysPartAfterJoining(text: string): boolean {
  return (
    AND_PART.test(text) ||
    HEDGED.test(text) ||
    ON_TO.test(text) ||
    LOOK_AT.test(text) ||
    TALK_AFTER_JOIN.test(text)
  );
}
