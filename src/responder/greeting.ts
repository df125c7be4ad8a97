// Whom a draft greets: the first name in a display name, or nobody when the name is a role or an
// organisation. Greeting those by it ("Hi Recruiter", "Hi Blue") reads as a form letter.

// Display names that start with a role or an organisation, not a person's name: "Recruiter @
// Northbeam", "Support Team", "HR | Acme", "Band Nordlicht"; or with a title, whose next word is
// as often a surname ("Pan Kowalski", "Dr. Lee"): "Cześć Pan," or "Hi Kowalski," would be worse
// than no name.
const NOT_A_NAME =
  /^(?:(?:pan|pani|mr|mrs|ms|mx|dr|prof|herr|frau|sr|sra|srta|señor|señora|signor|signora|sig|dhr|mevr|meneer|mevrouw|mme|mlle|monsieur|madame)\.?|recruit\w*|talent|hr|hiring|team|support|help(?:desk)?|admin\w*|mod(?:erator)?s?|staff|official|agency|studios?|records|label|management|manager|booking|bookings|marketing|sales|partnerships?|sponsorships?|promo(?:tions)?|press|media|info|contact|hello|customer|service|the|no-?reply|bot|band|crew|collective|ensemble|orchestra|choir|duo|trio|club|company)$/i;

// The last word of an organisation's name: "Blue Fern Games", "Acme Corp", "Nordlicht Records".
const ORGANISATION =
  /^(?:games|gaming|studios?|corp(?:oration)?|inc|llc|ltd|limited|gmbh|srl|company|group|records|recordings|music|media|productions?|entertainment|collective|agency|label|labs?|team|band|crew|films|pictures|publishing|interactive|software|digital|creative|official|hq|club)\.?$/i;

// What separates a person from where they work: "Jane @ Acme", "HR | Acme", "Jo - Acme".
const SEPARATOR = /\s*(?:[@|·•–—]|\s-\s)\s*/u;

/**
 * "Maya R. 🎧" -> "Maya", "🎧 Luna 🎧" -> "Luna"; handles such as "xX_dj_Xx" are kept as they are.
 * "" when the name gives nothing to greet: no letters, or a role or organisation, not a person.
 */
export function greetingName(name: string): string {
  const part = name.split(SEPARATOR).find((p) => /\p{L}/u.test(p)) ?? "";
  const words = part
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}_.-]/gu, ""))
    .filter((w) => /\p{L}/u.test(w));
  const first = words[0] ?? "";
  if (NOT_A_NAME.test(first)) return "";
  if (words.length > 1 && ORGANISATION.test(words.at(-1) ?? "")) return "";
  return first;
}
