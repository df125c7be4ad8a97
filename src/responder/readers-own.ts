// The reader's own work, told by what follows its noun: "the design you posted", "the sketch on
// your page", "that mix of yours". A sender who names it is talking about the reader's work, not
// sending their own. "The mix you asked for" is still theirs: only the reader's making or showing
// it makes it the reader's.

const MADE = `posted|post|made|make|did|do|drew|draw|designed|design|dropped|shared|share|uploaded|released|showed|show|painted|shot|wrote|recorded|produced|created|put out|put up|use|used|have|had|got|sell|sold`;
const THEIR_PLACE = `bio|profile|page|channel|feed|grid|story|stories|highlights|site|website|portfolio|stream|video|post|thread|talk|insta|instagram|ig|twitter|tiktok|youtube|yt|artstation|behance|blog`;

/**
 * A lookahead's body, for just after a work's noun: the reader made or shows it ("you posted",
 * "that u did", "on your page", "of yours").
 */
export const READERS_AFTER = `\\s+(?:(?:that|which)\\s+)?(?:you|u|ya|y'all)(?:'ve|’ve|\\s+have|\\s+just)?\\s+(?:${MADE})(?![\\p{L}\\p{N}])|\\s+(?:on|in|at)\\s+(?:your|ur)\\s+(?:${THEIR_PLACE})(?![\\p{L}\\p{N}])|\\s+of\\s+yours(?![\\p{L}\\p{N}])`;
