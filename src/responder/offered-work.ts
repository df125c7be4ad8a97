// What a sender offering their own service or help names as the work they offer: a project word
// in the clause that makes the offer, or the thing an offered "it" stands for. The reply thanks
// them for offering it (collab_offer).
import type { CollabDetails } from "./details.ts";
import type { Language } from "./language.ts";
import { offerSpans } from "./offer.ts";
import { PROJECTS } from "./project.ts";

/**
 * What a sender offering their own service or help names as the work: a project word in the
 * clause that offers it, the recipient's own included ("redesign your app" names "app"), or
 * undefined. Not the first project word anywhere: that was as often their own trade ("video
 * editor"), where they heard of the recipient ("in the songwriters server") or what the work is
 * for ("your logo reel", offering sound design). An offer of "it" ("i'd mix it for $90") is of
 * the nearest one named before. In Japanese and Turkish the work comes before the verb that
 * offers it ("次の曲で歌詞を書かせて"): the nearest word before it in the sentence.
 */
export function offeredWork(text: string, language?: Language): CollabDetails | undefined {
  const sov = language === "ja" || language === "tr";
  const english = language === undefined || language === "en";
  for (const offer of offerSpans(text)) {
    const clause = sov
      ? text.slice(sentenceStart(text, offer.start), offer.end)
      : cutAtClauseEnd(text.slice(offer.start, offer.end + AFTER_OFFER), offer.end - offer.start);
    const words = workWords(clause, english);
    const word = sov ? words.at(-1) : words[0];
    if (word) return { project: word };
    if (sov || !PRONOUN.test(clause)) continue;
    const earlier = workWords(
      text.slice(Math.max(0, offer.start - BEFORE_OFFER), offer.start),
      english,
    );
    const antecedent = earlier.at(-1);
    if (antecedent) return { project: antecedent };
  }
  return undefined;
}

// What an English offer names as its work beside the project words, plurals included ("edit
// your next 4 episodes", "a custom BRB playlist", "a stylized mascot", "the weekly release notes",
// "a BigQuery adapter"): the nouns of a piece of work, none also a verb an offer says ("design",
// "cover", "post"; "design" only as a noun: "an enclosure design") nor an adjective ("short").
const OFFERED =
  /(?<![\p{L}\p{N}])(?:episodes|scripts?|flythroughs?|walkthroughs?|playlists?|mascots?|mailers?|release notes|modules?|adapters?|model packs?|guides?|OST|soundtracks?|translations?|localization|localisation|site|thumbnails?|overlays?|videos|tracks|songs|illustrations|sprites|icons|banners|portraits|intros?|jingles?|trailers?|renders?|animations?|subtitles|captions|newsletters?|blog posts?|articles?|mixes|masters|(?<=(?:^|[^\p{L}\p{N}])(?:a|an|the)\s+(?:[\p{L}-]+\s+)?)design)(?![\p{L}\p{N}])/giu;

/** The project words of a stretch of text, but for a trade ("video editor") or a swap. */
function workWords(stretch: string, english: boolean): string[] {
  const found = [...stretch.matchAll(PROJECTS), ...(english ? stretch.matchAll(OFFERED) : [])];
  return found
    .sort((a, b) => a.index - b.index)
    .filter(
      (m) =>
        !NOT_WORK.test(m[0]) &&
        !TRADE_AFTER.test(stretch.slice(m.index + m[0].length)) &&
        !OWN_BEFORE.test(stretch.slice(Math.max(0, m.index - 40), m.index)),
    )
    .map((m) => m[0].trim());
}

/** How far after an offer's words the thing it is for may stand: "mix your next track". */
const AFTER_OFFER = 60;
/** How far before an offer of "it" the thing it stands for may be: "the song is beautiful…". */
const BEFORE_OFFER = 120;
// A trade, not the work: "a video editor", "session drummer", "game developer".
const TRADE_AFTER =
  /^[ \t]+(?!(?:after|other|over|under|ever|never|either|rather|together|whatever|later|better|sooner|faster)(?![\p{L}\p{N}]))\p{L}{3,}(?:er|or|ist|ian)s?(?![\p{L}\p{N}])/iu;
// The sender's own work, not the recipient's: "i wrote the LandClaims+ plugin".
const OWN_BEFORE =
  /(?<![\p{L}\p{N}])(?:my|our|i\s+(?:wrote|run|made|maintain|built|own))\s+(?:[^\s.!?]+\s+){0,3}$/iu;
// The terms of an offer, not its work: "posso traduzir em troca de créditos".
const NOT_WORK =
  /^(?:swap|art trade|trade|intercambio|échange|troca|tausch|ruil|wymian\p{L}*|takas|tukar)$/iu;
// The offer's object is a word that stands for one named before: "i'd mix it", "chętnie to zrobię".
const PRONOUN = /(?<![\p{L}\p{N}'’])(?:it|this|that|them|to)(?![\p{L}\p{N}'’])/iu;
// Where an offer's clause ends: "i'll redesign it for free if we co-own it and launch on the app";
// not at the dot of "pt_br.json".
const CLAUSE_END =
  /[.!?;](?=\s|$)|[\n。！？]|\s(?:and|if|but|so|then|or|while|because|since|in exchange|unless)(?![\p{L}\p{N}])/iu;

/** The clause from an offer's start: all of its own words, then up to a clause end. */
function cutAtClauseEnd(text: string, offerLength: number): string {
  const end = CLAUSE_END.exec(text.slice(offerLength));
  return end ? text.slice(0, offerLength + end.index) : text;
}

/** Where the sentence holding `at` starts (at most 200 characters back). */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 200);
  const head = text.slice(from, at);
  const m = /[.!?\n。！？][^.!?\n。！？]*$/u.exec(head);
  return m ? from + m.index + 1 : from;
}
