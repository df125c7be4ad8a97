/** The six messages `npm run bench` sends over and over: one of each kind, short, as DMs are. */
export const BENCH_TEXTS = [
  "hey! would you mix my EP in April? budget is $900, full credit",
  "yo love ur stuff!! check out my new single open.spotify.com/track/7kQp2",
  "what do you think of my mix?? drive.google.com/file/d/1xYz-mix-v3",
  "love your work, would be great to work together sometime!",
  "@everyone free nitro for 3 months: dlscord-gift.com/claim",
  "any tips for someone just getting started with mastering?",
];

/** Words a varied message draws from (seeded, so every run sends the same messages). */
const VOCABULARY =
  "track mix verse hook studio vinyl tape demo stems chorus bass drums synth label release tour gig venue poster cover sketch canvas frame repo patch issue build deploy pixel sprite level quest podcast episode guest script draft chapter zine print shoot lens edit grade reel weekend tonight monday friday soon maybe really honestly quick small big new old local remote paid free".split(
    " ",
  );

/**
 * The i-th message of a bench run: one of the six texts with words of its own added, so two
 * senders rarely send near-identical text (as in real traffic: the signals and campaign lookups
 * then cost what they cost for ordinary DMs, not for a flood of copies).
 */
export function variedText(i: number): string {
  let seed = (i + 1) * 2_654_435_761;
  const next = () => {
    seed = (seed ^ (seed >>> 13)) * 1_597_334_677;
    seed ^= seed >>> 16;
    return (seed >>> 0) / 4_294_967_296;
  };
  const words = Array.from(
    { length: 12 },
    () => VOCABULARY[Math.floor(next() * VOCABULARY.length)] as string,
  );
  return `${BENCH_TEXTS[i % BENCH_TEXTS.length]} ${words.join(" ")}`;
}
