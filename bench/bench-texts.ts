/** The six messages `npm run bench` sends over and over: one of each kind, short, as DMs are. */
export const BENCH_TEXTS = [
  "hey! would you mix my EP in April? budget is $900, full credit",
  "yo love ur stuff!! check out my new single open.spotify.com/track/7kQp2",
  "what do you think of my mix?? drive.google.com/file/d/1xYz-mix-v3",
  "love your work, would be great to work together sometime!",
  "@everyone free nitro for 3 months: dlscord-gift.com/claim",
  "any tips for someone just getting started with mastering?",
];
