// A collaboration that names only when, and says what they would make in empty words ("let's
// make something together this summer", "are you taking on new projects this spring? I might have
// something for you", "a partnership… call next week?"): the work is still open, so the ask is
// vague. Thanking them "for being specific about the timing" would praise what is not there.
import type { CollabDetails } from "./details.ts";

// Work in words that name none, in English: something made or had ("make something", "I might
// have something for you"; not "the smoke sim is something I'd love to learn"), "a (new)
// project", "a partnership", "collab", "work together", "team up", "an idea".
const EMPTY_WORK =
  /(?<![\p{L}\p{N}])(?:(?:do|make|build|create|cook|start|try|plan|have|got|work on|collab on)\s+(?:[\p{L}'’]+\s+)?(?:something|anything|smth|sth)|(?:a|any)\s+(?:new\s+)?project|new\s+projects|(?:a\s+)?partnership|partnering|collab(?:s|orate|oration)?|work(?:ing)?\s+together|team(?:ing)?\s+up|an\s+idea)(?![\p{L}\p{N}])/iu;

/** What else would make an ask concrete, or say what they want of the reader. */
const SAYS_MORE: ReadonlyArray<keyof CollabDetails> = [
  "project",
  "scope",
  "role",
  "budget",
  "paid",
  "paidWork",
  "asked",
  "verbAsked",
  "counted",
  "together",
  "partSaid",
  "cadence",
];

/** They name a date and nothing else, and say the work only in empty words (English). */
export function leavesWorkOpen(text: string, details: CollabDetails, english: boolean): boolean {
  if (!english || details.date === undefined) return false;
  if (SAYS_MORE.some((key) => details[key] !== undefined)) return false;
  return EMPTY_WORK.test(text);
}
