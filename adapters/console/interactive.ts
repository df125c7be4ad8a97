// The terminal loop: type a message, see its card, decide, see what would be sent.

import { randomUUID } from "node:crypto";
import type { Writable } from "node:stream";
import type { AdapterContext } from "../../src/ports.ts";
import { LABELS, type Label, type Review } from "../../src/types.ts";
import type { ConsoleAdapter } from "./console-adapter.ts";
import type { LineReader } from "./line-reader.ts";
import { parseLine } from "./parse-line.ts";
import { renderCard, renderOutcome } from "./render.ts";

const RULE_LINE = "─".repeat(20);

const HELP =
  "Type or paste a message as the sender would (plain text or a JSON line). Ctrl-D quits.";

const DECIDE =
  "[a]pprove  [e]dit  [r]eject  re[l]abel  [s]kip  or +text: the sender writes again > ";

export async function runInteractive(
  ctx: AdapterContext,
  adapter: ConsoleAdapter,
  reader: LineReader,
  out: Writable,
): Promise<void> {
  out.write(`${HELP}\n`);
  // Each typed message is a new stranger's; "+text" is how the same sender writes again.
  let strangers = 0;
  for (;;) {
    out.write("\nmessage> ");
    const line = await reader.next();
    if (line === null) return;
    if (line.trim() === "") continue;
    const parsed = parseLine(line, {
      session: adapter.session,
      plainAuthor: `console-user-${++strangers}`,
    });
    if (!parsed.ok) {
      out.write(`! ${parsed.reason}\n`);
      continue;
    }
    const ingested = await ctx.ingest(parsed.message);
    if (ingested.status !== "queued") {
      out.write(`! ${ingested.reason}\n`);
      continue;
    }
    const triaged = await adapter.waitForCard(ctx, ingested.reviewId).catch((err: Error) => {
      out.write(`! ${err.message}\n`);
      return null;
    });
    if (triaged && "ignored" in triaged) {
      out.write(`(no card: ${triaged.ignored})\n`);
      continue;
    }
    let review = triaged?.review ?? null;
    // After an answer it did not take, only the question is asked again: the card is on screen.
    let showCard = true;
    while (review?.status === "pending") {
      if (showCard) {
        out.write(`${renderCard(review, ctx.ownerLinks)}\n${DECIDE}`);
        adapter.onScreen.show(review.id);
      }
      showCard = true;
      const raw = await reader.next();
      if (raw === null) return;
      if (raw.trimStart().startsWith("+")) {
        // The same sender writes again: the conversation grows and its card is redrawn.
        review = await addToConversation(ctx, adapter, review, raw.trimStart().slice(1), out);
        continue;
      }
      const answer = raw.trim().toLowerCase();
      const decided = await decideFromAnswer(reader, out, review.id, answer);
      if (decided === "skip") break;
      if (decided === "ask") {
        showCard = false;
        continue;
      }
      if (decided === "again") {
        review = await ctx.getReview(review.id);
        continue;
      }
      // Its buttons would be gone on Discord or Slack: an expired card decides nothing.
      const refused = await adapter.onScreen.refusal(ctx, review.id);
      if (refused) {
        out.write(`! ${refused}\n`);
        break;
      }
      if (decided.action !== "relabel") adapter.onScreen.decidingHere(review.id);
      const result = await ctx.decide(decided);
      if (!result.ok) {
        out.write(`! ${result.message}\n`);
        review = result.review ?? null;
        continue;
      }
      if (result.review.status === "pending") {
        review = result.review; // relabelled: show the new draft
        continue;
      }
      const outcome =
        result.review.status === "rejected"
          ? result.review
          : await adapter.waitForOutcome(ctx, review.id);
      out.write(`${renderOutcome(outcome)}\n`);
      break;
    }
  }
}

/** Queues another message from the review's sender and waits for the card to show it. */
async function addToConversation(
  ctx: AdapterContext,
  adapter: ConsoleAdapter,
  review: Review,
  text: string,
  out: Writable,
): Promise<Review | null> {
  const { author, channel, workspace, platform, context } = review.message;
  const ingested = await ctx.ingest({
    id: randomUUID(),
    platform,
    workspace,
    channel,
    context,
    author,
    text,
    links: [],
    receivedAt: new Date().toISOString(),
  });
  if (ingested.status !== "queued") {
    out.write(`! ${ingested.reason}\n`);
    return review;
  }
  const triaged = await adapter.waitForCard(ctx, ingested.reviewId).catch((err: Error) => {
    out.write(`! ${err.message}\n`);
    return null;
  });
  // Decided meanwhile (another reviewer): the message opened a follow-up conversation.
  if (triaged && "review" in triaged) return triaged.review;
  return ctx.getReview(review.id);
}

/** "again" shows the card again (it may have changed); "ask" only asks again. */
type Answer = Parameters<AdapterContext["decide"]>[0] | "skip" | "again" | "ask";

async function decideFromAnswer(
  reader: LineReader,
  out: Writable,
  reviewId: string,
  answer: string,
): Promise<Answer> {
  const actor = "console";
  switch (answer) {
    case "a":
    case "approve":
      return { reviewId, action: "approve", actor };
    case "r":
    case "reject":
      return { reviewId, action: "reject", actor };
    case "e":
    case "edit": {
      // Several lines, ended by a line with a single ".", then a confirmation before sending.
      out.write('reply (end with a line holding only ".")>\n');
      const lines: string[] = [];
      for (
        let line = await reader.next();
        line !== null && line !== ".";
        line = await reader.next()
      ) {
        lines.push(line);
      }
      const text = lines.join("\n");
      out.write(`${RULE_LINE}\n${text}\n${RULE_LINE}\nsend exactly this? [y/n] > `);
      const sure = (await reader.next())?.trim().toLowerCase();
      if (sure !== "y" && sure !== "yes") {
        out.write("(not sent)\n");
        return "again";
      }
      return { reviewId, action: "edit", actor, text };
    }
    case "l":
    case "relabel": {
      const label = await askLabel(reader, out);
      if (!label) return "ask";
      return { reviewId, action: "relabel", actor, label };
    }
    case "s":
    case "skip":
      out.write("(left pending)\n");
      return "skip";
    default:
      out.write("! answer a, e, r, l or s, or +text > ");
      return "ask";
  }
}

/** Asks for a label by number or name until one is given; an empty line (or the end) cancels. */
async function askLabel(reader: LineReader, out: Writable): Promise<Label | undefined> {
  out.write(`${LABELS.map((l, i) => `${i + 1}) ${l}`).join("  ")}  (empty: cancel) > `);
  for (;;) {
    const line = await reader.next();
    if (line === null) return undefined;
    const answer = line.trim();
    if (answer === "") {
      out.write(`(not relabelled) ${DECIDE}`);
      return undefined;
    }
    const label = pickLabel(answer);
    if (label) return label;
    out.write(`! pick ${LABELS.map((_, i) => i + 1).join(", ")} or a label's name > `);
  }
}

/** A label by its number, its name, or the start of only one name ("collab", "feedback"). */
function pickLabel(answer: string): Label | undefined {
  const typed = answer
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (/^\d+$/.test(typed)) return LABELS[Number(typed) - 1];
  const matches = typed === "" ? [] : LABELS.filter((l) => l.startsWith(typed));
  return matches.length === 1 ? matches[0] : undefined;
}
