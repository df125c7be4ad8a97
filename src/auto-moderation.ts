// Automatic moderation of a raid, off by default (MODERATION_AUTO): once a campaign in a watched
// channel holds enough copies, each labelled spam confidently enough, it is decided as a reviewer
// would, by "automatic moderation", and every later copy meets the same action. A dry run only
// marks on the card what it would have done. Never for DMs: a DM campaign always waits for a person.
import type { Joined } from "./campaigns.ts";
import type { Config } from "./config.ts";
import type { DecideResult } from "./ports.ts";
import type { Decision, ModerationAction, Review } from "./types.ts";

/** Who the card names as having decided. */
export const AUTO_ACTOR = "automatic moderation";

export type AutoModerator = (member: Review, joined: Joined) => Promise<void>;

export function createAutoModerator(
  config: Pick<
    Config,
    | "MODERATION_AUTO"
    | "MODERATION_AUTO_MIN_CONFIDENCE"
    | "MODERATION_AUTO_MIN_COPIES"
    | "MODERATION_AUTO_TIMEOUT_SECONDS"
    | "MODERATION_DRY_RUN"
  >,
  decide: (decision: Decision) => Promise<DecideResult>,
  markDryRun: (campaignId: string, action: ModerationAction) => Promise<void>,
): AutoModerator {
  const mode = config.MODERATION_AUTO;
  if (mode === "off") return async () => {};
  const action: ModerationAction =
    mode === "timeout"
      ? { type: "timeout", seconds: config.MODERATION_AUTO_TIMEOUT_SECONDS }
      : { type: "delete" };
  return async (member, joined) => {
    if (member.message.context !== "channel" || joined.status !== "pending") return;
    if (joined.messages < config.MODERATION_AUTO_MIN_COPIES) return;
    if (member.classification.confidence < config.MODERATION_AUTO_MIN_CONFIDENCE) return;
    if (config.MODERATION_DRY_RUN) {
      await markDryRun(joined.campaignId, action);
      return;
    }
    // A second copy racing this one finds the campaign decided: decide() refuses it, harmlessly.
    await decide({
      reviewId: joined.campaignId,
      action: "moderate",
      actor: AUTO_ACTOR,
      moderation: action,
    });
  };
}
