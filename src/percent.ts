// Probabilities on cards, as whole percents rounded down: the same figure the "unsure: 0.56"
// reason gives (it rounds down so 0.598 never reads as a sure-looking 0.60), so a card never
// says 57% beside 0.56.

/** A probability in whole hundredths, rounded down (the epsilon keeps 0.57 from reading 56). */
export function hundredths(p: number): number {
  return Math.floor(p * 100 + 1e-9);
}

export function percent(p: number): string {
  return `${hundredths(p)}%`;
}
