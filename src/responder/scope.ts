// Whether a collaboration request says how much work it wants: a count and the work counted ("3
// emotes", "two pages", "~25 tile sprites", "30 of your bowls", "a ref sheet for my ranger"), or
// a size and the work ("a 30-second intro", "a 1,000-word essay"). Its brief then needs no scope.
// The words are English; the digits serve any language that borrows them ("12 emotes").

import type { Language } from "./language.ts";
import { ownedElsewhere } from "./project.ts";
import { countedWork } from "./work-words.ts";

// Things made or sold by the piece.
const PIECES =
  "emotes?|badges?|icons?|sprites?|stickers?|tracks?|songs?|beats?|loops?|stems?|voices?|lines|illustrations?|drawings?|sketch(?:es)?|portraits?|panels?|pages|covers?|images?|photos?|pictures?|prints|copies|units|videos?|shorts|clips?|spots|segments?|episodes|streams|tutorials?|articles?|posts|essays?|chapters?|scenes?|designs|logos?|banners?|overlays?|models?|renders?|animations?|characters|maps|levels|bosses|cups|mugs?|plates?|bowls?|vases?|pieces?|issues|books|explainers?|templates?|sessions|lessons|classes|ref\\s+sheets?|full\\s+body|busts?|headshots?|props?|wigs?";
// Words between the count and the thing ("3 new hand-drawn sprites"), but not "of your", "for".
const SOME_WORDS =
  "(?:\\s+(?!(?:of|for|to|and|with|in|on|at|from|by|per|your|ur|my|our|the|me|you|us|it|them)(?![\\p{L}\\p{N}'’]))[\\p{L}\\p{N}'’-]+){0,3}?";
// A number starts only where no digit, comma or point is before it: otherwise the engine would
// retry "1,1,1…" from each of its digits (time quadratic in its length).
const NUMBERED = new RegExp(
  `(?<![\\p{L}\\p{N},.])(?:(?:~\\s?)?\\d[\\d,]*\\+?(?:\\s+of\\s+(?:your|ur|my|our|the))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\\s+couple\\s+of|a\\s+few)${SOME_WORDS}\\s+(?:${PIECES})(?![\\p{L}\\p{N}])`,
  "giu",
);
// "a logo for my shop", "a portrait of my dog", "a header + 2 icons": one thing, then the end of
// the phrase or of the line. Not "a logo designer" or "a video editor": that is a role.
const ONE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:a|an|one)${SOME_WORDS}\\s+(?:${PIECES})(?=\\s*(?:[,.!?;:+)/]|$)|[^\\S\\n]*\\n|\\s+(?:for|of|on|in|with|by|to|that|and|like|from)(?![\\p{L}\\p{N}]))`,
  "giu",
);
// "a 3-episode audio drama", "a 10-track album": the count joined to the thing; group 1 is the
// words after it (not "a 2-page form": NOT_WORK).
const HYPHENED =
  /(?<![\p{L}\p{N},.])\d+-(?:episode|page|track|song|part|chapter|issue|panel|piece|card|level|video|minute)(?![\p{L}\p{N}])((?:\s+[\p{L}-]+){0,2})/giu;
// Group 1 is what the size is of.
const SIZED =
  /(?<![\p{L}\p{N}])(?:a|an|one|\d+\s*x)\s+~?\d[\d,.]*(?:\s*-\s*|\s+)?(?:sec|secs|second|seconds|min|mins|minute|minutes|word|page|panel|bar)(?:-long)?((?:\s+[\p{L}-]+){1,2})/giu;
// What a size is not the size of: "a 30-minute chat", "a 2-page form".
const NOT_WORK =
  /(?<![\p{L}\p{N}])(?:chat|call|meeting|coffee|catch-?up|sync|zoom|vc|slot|break|form|application|brief|bio|cv|resume)(?![\p{L}\p{N}])/iu;

/**
 * They say how much work they want, in a count or a size, and not of work done already; in
 * their language's words too ("3 ilustraciones", "10 odcinków", "5曲").
 */
export function statesScope(text: string, language?: Language): boolean {
  const theirs = (index: number) => !ownedElsewhere(text.slice(Math.max(0, index - 60), index));
  const counted = countedWork(language);
  for (const re of counted ? [NUMBERED, ONE, counted] : [NUMBERED, ONE])
    for (const m of text.matchAll(re)) if (theirs(m.index)) return true;
  for (const re of [HYPHENED, SIZED])
    for (const m of text.matchAll(re))
      if (!NOT_WORK.test(m[1] ?? "") && theirs(m.index)) return true;
  return false;
}
