// One moderation order for many reviews (a campaign's copies), as few Discord calls as it allows:
// their messages grouped by channel into bulk deletes, their authors grouped by server and timed
// out once each. Each review gets its own outcome, as moderate() gives one: an author who had left
// the server was not timed out, and its reviews say so.
import type { REST } from "discord.js";
import type { DeliveryResult } from "../../src/ports.ts";
import type { ModerationAction, Review } from "../../src/types.ts";
import {
  type BulkOptions,
  type BulkResult,
  deleteMessages,
  timeoutMembers,
} from "./bulk-moderation.ts";
import { AUTHOR_LEFT } from "./outbound.ts";

/** Guild id of a DM (Discord's inbound writes it so): nothing there can be moderated. */
const DM_WORKSPACE = "@dm";

export async function moderateMany(
  rest: REST,
  reviews: readonly Review[],
  action: ModerationAction,
  options: Omit<BulkOptions, "reason"> = {},
): Promise<Map<string, DeliveryResult>> {
  const now = options.now ?? new Date();
  const results = new Map<string, DeliveryResult>();
  if (action.type === "ignore") {
    for (const review of reviews) results.set(review.id, { status: "delivered" });
    return results;
  }
  const reason = `collab-triage: spam campaign, ordered by ${reviews[0]?.decidedBy ?? "a reviewer"}`;
  const inServers = reviews.filter((r) => r.message.workspace !== DM_WORKSPACE);
  for (const review of reviews) {
    if (review.message.workspace === DM_WORKSPACE) {
      results.set(review.id, { status: "failed", reason: "a DM cannot be moderated" });
    }
  }
  // By channel for deletes, by server for timeouts: Discord's bulk calls take one of each.
  const groupOf = (r: Review) =>
    action.type === "delete" ? r.message.channel : r.message.workspace;
  const groups = new Map<string, Review[]>();
  for (const review of inServers) {
    groups.set(groupOf(review), [...(groups.get(groupOf(review)) ?? []), review]);
  }
  for (const [where, members] of groups) {
    // Deletes are by message, timeouts by author; either way a failure names the id it is about.
    const targetOf = (r: Review) => (action.type === "delete" ? r.message.id : r.message.author.id);
    const targets = members.map(targetOf);
    let done: BulkResult;
    try {
      done =
        action.type === "delete"
          ? await deleteMessages(rest, where, targets, { ...options, reason, now })
          : await timeoutMembers(rest, where, targets, action.seconds, { ...options, reason });
    } catch (err) {
      // A timeout Discord would refuse (past 28 days): asking again cannot help.
      for (const review of members) {
        results.set(review.id, { status: "failed", reason: (err as Error).message });
      }
      continue;
    }
    const failed = new Map(done.failed.map((f) => [f.id, f]));
    // A message already gone is as the reviewer wanted, and so is no timeout to lift; a timeout
    // that never reached its author (gone from the server) is not.
    const left =
      action.type === "timeout" && action.seconds > 0 ? new Set(done.gone) : new Set<string>();
    for (const review of members) {
      const f = failed.get(targetOf(review));
      results.set(
        review.id,
        left.has(targetOf(review))
          ? AUTHOR_LEFT
          : !f
            ? { status: "delivered" }
            : f.retry
              ? { status: "retry", reason: f.reason }
              : { status: "failed", reason: f.reason },
      );
    }
  }
  return results;
}
