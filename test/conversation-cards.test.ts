// Conversation and campaign cards as pure functions of a review, on both platforms: hostile text in
// any message stays inert, a long conversation keeps its newest messages within the platform's
// limits and counts the rest, a review stored before conversations renders as it did, and the
// pending lists count messages.
import { describe, expect, it } from "vitest";
import { renderCard as consoleCard } from "../adapters/console/render.ts";
import { renderCard as discordCard, embedLength, LIMITS } from "../adapters/discord/cards.ts";
import { formatPending, formatStats } from "../adapters/discord/commands.ts";
import { renderCard as slackCard } from "../adapters/slack/cards.ts";
import { LIMITS as SLACK } from "../adapters/slack/mrkdwn.ts";
import { pendingText, statsText } from "../adapters/slack/reports.ts";
import type { InboundMessage, Review } from "../src/types.ts";
import { dm } from "./helpers/messages.ts";

const AUTHOR = { id: "42", name: "Maya" };
const START = Date.parse("2026-12-01T10:00:00Z");

function messages(texts: string[]): InboundMessage[] {
  return texts.map((text, i) =>
    dm(text, {
      channel: "D42",
      author: AUTHOR,
      receivedAt: new Date(START + i * 1000).toISOString(),
    }),
  );
}

function conversation(texts: string[], overrides: Partial<Review> = {}): Review {
  const all = messages(texts);
  const kept = all.slice(-20);
  return {
    id: "r1",
    kind: "reply",
    status: "pending",
    message: kept[kept.length - 1] as InboundMessage,
    messages: kept,
    messageCount: all.length,
    classification: {
      label: "collaboration",
      confidence: 0.9,
      scores: { spam: 0.05, feedback_request: 0.05, collaboration: 0.9 },
      reasons: ["asks to work together"],
      source: "local",
    },
    draft: { kind: "collab_vague", text: "Hi Maya, tell me more.", source: "template" },
    createdAt: new Date(START).toISOString(),
    updatedAt: new Date(START).toISOString(),
    ...overrides,
  };
}

function campaign(overrides: Partial<Review> = {}): Review {
  const review = conversation(["FREE NITRO <@&123> [bank](https://evil.example) <!channel>"], {
    id: "c1",
    kind: "campaign",
    classification: {
      label: "spam",
      confidence: 0.97,
      scores: { spam: 0.97, feedback_request: 0.015, collaboration: 0.015 },
      reasons: ["same text from many new accounts"],
      source: "local",
    },
    draft: { kind: "spam_none", text: null, source: "template" },
    campaign: {
      messages: 40,
      accounts: 30,
      channels: 2,
      firstAt: new Date(START).toISOString(),
      lastAt: new Date(START + 60_000).toISOString(),
      sample: Array.from({ length: 12 }, (_, i) => `*bot* ${i} (${1000 + i})`),
    },
    ...overrides,
  });
  delete review.messages;
  delete review.messageCount;
  return review;
}

function discordText(review: Review): string {
  return discordCard(review)
    .embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ])
    .join("\n");
}

function slackText(review: Review): string {
  return slackCard(review)
    .blocks.flatMap((b) => {
      const block = b as {
        text?: { text?: string };
        fields?: Array<{ text: string }>;
        elements?: Array<{ text?: unknown }>;
      };
      return [
        block.text?.text ?? "",
        ...(block.fields ?? []).map((f) => f.text),
        ...(b.type === "context" ? (block.elements ?? []).map((e) => String(e.text ?? "")) : []),
      ];
    })
    .join("\n");
}

describe("a conversation card", () => {
  it("renders a review stored before conversations (no message list) exactly as a one-message conversation", () => {
    const one = conversation(["Would you mix my EP?"]);
    const old: Review = { ...one };
    delete old.messages;
    delete old.messageCount;
    expect(discordCard(old)).toEqual(discordCard(one));
    expect(slackCard(old)).toEqual(slackCard(one));
    expect(discordCard(one).embeds[0]?.description).toBe(">>> Would you mix my EP?");
    expect(discordCard(one).embeds[0]?.title).toBe("Collaboration · direct message");
  });

  it("keeps every message's markdown and mentions inert on Discord, line by line", () => {
    const text = discordText(
      conversation(["hi @everyone <@&1>", "# heading\n> quote\n[bank](https://evil.example)"]),
    );
    expect(text).toContain("conversation · 2 messages");
    expect(text).toContain("> hi @everyone \\<@&1\\>");
    expect(text).toContain("> \\# heading\n> \\> quote\n> \\[bank\\](https://evil.example)");
    expect(text.match(/<t:\d+:t>/g)).toHaveLength(2);
  });

  it("notes an attachment beside its own message, once", () => {
    const review = conversation(["here is my demo", ""]);
    const last = review.messages?.[1] as InboundMessage;
    last.note = "attachments: *demo*.mp3";
    review.message = last;
    const discord = discordText(review);
    expect(discord).toContain("**<t:");
    expect(discord).toContain(":t>** · 📎 attachments: \\*demo\\*.mp3\n> (no text)");
    expect(discord.match(/attachments:/g)).toHaveLength(1);
    const slack = slackText(review);
    expect(slack).toContain("· 📎 attachments: *demo*.mp3\n>_(no text)_");
    expect(slack.match(/attachments:/g)).toHaveLength(1);
  });

  it("keeps every message's mentions and links inert on Slack", () => {
    const text = slackText(conversation(["hi <!channel>", "<https://evil.example|bank> & more"]));
    expect(text).toContain(">hi &lt;!channel&gt;");
    expect(text).toContain(">&lt;https://evil.example|bank&gt; &amp; more");
    expect(text).not.toContain("<!channel>");
  });

  it("keeps the newest messages of a long conversation within Discord's limits and counts the rest", () => {
    const texts = Array.from({ length: 30 }, (_, i) => `message ${i} ${"*_".repeat(300)}`);
    const review = conversation(texts, {
      draft: { kind: "collab_vague", text: "x".repeat(2000), source: "template" },
    });
    const card = discordCard(review);
    expect(card.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.total);
    const description = card.embeds[0]?.description ?? "";
    expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(description).toContain("message 29 ");
    expect(description).not.toContain("message 0 ");
    const shown = description.match(/<t:\d+:t>/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(description).toMatch(new RegExp(`^\\*\\+${30 - shown} earlier messages\\*\\n`));
    expect(card.embeds[0]?.title).toBe("Collaboration · conversation · 30 messages");
  });

  it("keeps the newest messages of a long conversation within Slack's limits and counts the rest", () => {
    const texts = Array.from({ length: 25 }, (_, i) => `message ${i} ${"<&>".repeat(600)}`);
    const card = slackCard(conversation(texts));
    expect(card.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
    for (const block of card.blocks) {
      const text = (block as { text?: { text?: string } }).text?.text ?? "";
      expect(text.length).toBeLessThanOrEqual(SLACK.sectionText);
    }
    const text = slackText(conversation(texts));
    expect(text).toContain(">message 24 ");
    expect(text).not.toContain(">message 0 ");
    const shown = text.match(/<!date\^\d+\^\{time\}\|/g)?.length ?? 0;
    expect(text).toContain(`+${25 - shown} earlier messages`);
  });

  it("recalls the reply sent before a follow-up, and flags a sender rejected as spam", () => {
    const sentAt = new Date(START - 86_400_000).toISOString();
    const followUp = conversation(["Budget is $2,000"], {
      previous: {
        id: "r0",
        status: "sent",
        label: "collaboration",
        finalText: "What do you **have** in mind?",
        sentAt,
      },
    });
    const seconds = Math.floor(Date.parse(sentAt) / 1000);
    expect(discordText(followUp)).toContain(
      `You replied on <t:${seconds}:f>:\n> What do you \\*\\*have\\*\\* in mind?\n**They answered:**\n>>> Budget is $2,000`,
    );
    expect(slackText(followUp)).toContain(`You replied on <!date^${seconds}^`);
    expect(slackText(followUp)).toContain(">What do you **have** in mind?\n*They answered:*");

    const spam = conversation(["hello again"], {
      previous: { id: "r0", status: "rejected", label: "spam", decidedAt: sentAt },
    });
    expect(discordText(spam)).toContain(
      "⚠️ **This sender's earlier conversation was rejected as spam**",
    );
    expect(slackText(spam)).toContain(
      "⚠️ *This sender's earlier conversation was rejected as spam*",
    );
  });
});

describe("a campaign card", () => {
  it("counts copies, names some accounts (escaped), quotes one copy inertly and offers the bulk actions", () => {
    const review = campaign();
    const text = discordText(review);
    expect(text).toContain("Spam campaign · DMs");
    // Each DM is a channel of its own: a DM campaign does not count them.
    expect(text).toContain("**40** messages · **30** accounts · in DMs");
    expect(text).not.toContain("channels");
    expect(text).toContain("\\*bot\\* 0 (1000)");
    expect(text).toContain("+18 more");
    expect(text).toContain(">>> FREE NITRO \\<@&123\\> \\[bank\\](https://evil.example)");
    const slack = slackText(review);
    expect(slack).toContain("Spam campaign");
    expect(slack).toContain("+18 more");
    expect(slack).toContain("*Copies*\n40 messages · 30 accounts · in DMs");
    const watched = campaign();
    watched.message = { ...watched.message, context: "channel" };
    expect(discordText(watched)).toContain("**40** messages · **30** accounts · **2** channels");
    expect(slackText(watched)).toContain("*Copies*\n40 messages · 30 accounts · 2 channels");
    expect(slack).toContain("&lt;!channel&gt;");
    expect(slack).not.toContain("<!channel>");
  });

  it("shows who decided and what came of it once decided", () => {
    const review = campaign({
      status: "rejected",
      decidedBy: "slack:U1",
      decidedAt: new Date(START + 120_000).toISOString(),
    });
    review.campaign = {
      ...(review.campaign as NonNullable<Review["campaign"]>),
      done: 30,
      after: 2,
    };
    expect(slackText(review)).toContain("🚫 Rejected all by <@U1> <!date^");
    expect(slackText(review)).toContain(
      "30 conversations closed. 2 later copies met the same action.",
    );
    const channel = campaign({
      status: "approved",
      moderation: { type: "delete" },
      decidedBy: "discord:123456789012345678",
      decidedAt: new Date(START + 120_000).toISOString(),
    });
    channel.message = { ...channel.message, context: "channel" };
    channel.campaign = {
      ...(channel.campaign as NonNullable<Review["campaign"]>),
      done: 37,
      failed: 3,
    };
    expect(discordText(channel)).toContain("⚠️ Delete all by <@123456789012345678> <t:");
    expect(discordText(channel)).toContain("37 messages deleted, 3 failed.");
    const rows = discordCard(channel).components;
    expect(rows.flatMap((r) => r.components).every((c) => "disabled" in c && c.disabled)).toBe(
      true,
    );
  });
});

describe("the pending lists", () => {
  it("give a conversation its message count and a campaign its counts", () => {
    const watched = campaign({ id: "c2" });
    watched.message = { ...watched.message, context: "channel" };
    const reviews = [conversation(["a", "b", "c"]), campaign(), watched];
    const discord = formatPending(reviews, null);
    expect(discord).toContain("conversation · 3 messages");
    expect(discord).toContain("**spam campaign**: 40 messages from 30 accounts in DMs");
    expect(discord).toContain("**spam campaign**: 40 messages from 30 accounts in 2 channels");
    const slack = pendingText(reviews);
    expect(slack).toContain("from Maya · 3 messages:");
    expect(slack).toContain("*Spam campaign*: 40 messages from 30 accounts in DMs");
    expect(slack).toContain("*Spam campaign*: 40 messages from 30 accounts in 2 channels");
  });
});

/** A question the model is unsure of: 0.5699 (under 0.6), collaboration next. */
function unsureQuestion(): Review {
  return conversation(["meglio la sintesi sottrattiva o la FM?"], {
    classification: {
      label: "feedback_request",
      confidence: 0.5699,
      scores: { spam: 0.12, feedback_request: 0.5699, collaboration: 0.3101 },
      reasons: ["unsure: 0.56, could also be collaboration (0.31)"],
      source: "local",
    },
  });
}

describe("an unsure card", () => {
  it("shows every label's score beside the label on both platforms, and a sure one does not", () => {
    const unsure = unsureQuestion();
    const all = "Feedback request 56% · Collaboration 31% · Spam 12%";
    expect(discordText(unsure)).toContain(all);
    expect(slackText(unsure)).toContain(all);
    const sure = conversation(["would you mix my EP? budget $900"]);
    expect(discordText(sure)).not.toContain("Spam 5%");
    expect(slackText(sure)).not.toContain("Spam 5%");
  });
});

describe("the confidence shown", () => {
  it("agrees with the 'unsure' reason on every card: rounded down, never 57% beside 0.56", () => {
    const review = unsureQuestion();
    for (const text of [discordText(review), slackText(review), consoleCard(review)]) {
      expect(text).toContain("56%");
      expect(text).not.toContain("57%");
    }
    expect(consoleCard(review)).toContain("Collaboration 31%");
  });
});

/** A mix request the classifier called spam (0.7, for `reason`) and a reviewer relabelled. */
function spamRelabelledAsFeedback(reason: string): Review {
  return conversation(["what do you think of my mix?"], {
    correctedLabel: "feedback_request",
    classification: {
      label: "spam",
      confidence: 0.7,
      scores: { spam: 0.7, feedback_request: 0.2, collaboration: 0.1 },
      reasons: [reason],
      source: "local",
    },
  });
}

describe("the words a card uses", () => {
  it("names labels as the Relabel menu does, on the label and in the relabel note", () => {
    const relabelled = spamRelabelledAsFeedback("asks for a review");
    for (const text of [discordText(relabelled), slackText(relabelled)]) {
      expect(text).toContain("Feedback request*");
      expect(text).toContain("(relabelled from Spam by a reviewer)");
      expect(text).not.toContain("feedback_request");
    }
    expect(discordText(conversation(["mix my EP?"]))).toContain("**Collaboration** · 90%");
  });
});

describe("the reasons on a relabelled card", () => {
  it("are titled as the classifier's case for its own label, on both platforms", () => {
    const review = spamRelabelledAsFeedback("new account");
    expect(discordCard(review).embeds[0]?.fields?.map((f) => f.name)).toContain(
      "Why the classifier said Spam",
    );
    expect(slackText(review)).toContain("*Why the classifier said Spam*\n• new account");
    const plain = conversation(["mix my EP?"]);
    expect(discordCard(plain).embeds[0]?.fields?.map((f) => f.name)).toContain("Why");
    expect(slackText(plain)).toContain("*Why*\n• asks to work together");
    const released = campaign({ status: "rejected", correctedLabel: "collaboration" });
    expect(discordCard(released).embeds[0]?.fields?.map((f) => f.name)).toContain(
      "Why the classifier said Spam",
    );
    expect(slackText(released)).toContain("*Why the classifier said Spam* (97% · local)");
  });
});

describe("a Slack card's received time", () => {
  it("is in a single message's footer as a Slack date, and left to each message of a conversation", () => {
    const one = conversation(["mix my EP?"]);
    const at = Math.floor(START / 1000);
    expect(slackText(one)).toContain(
      `review \`r1\` · received <!date^${at}^{date_short_pretty} {time}|2026-12-01T10:00:00.000Z> ·`,
    );
    expect(slackText(conversation(["a", "b"]))).not.toContain("received <!date^");
  });
});

describe("a draft's footer", () => {
  it("names the draft's kind in words on both platforms", () => {
    const concrete = conversation(["mix my EP for $1,800?"], {
      draft: { kind: "collab_concrete", text: "Hi Maya.", source: "template" },
    });
    expect(discordCard(concrete).embeds[1]?.footer?.text).toBe("concrete collaboration · template");
    expect(slackText(concrete)).toContain("· concrete collaboration · template");
    const none = conversation(["FREE NITRO"], {
      draft: { kind: "spam_none", text: null, source: "template" },
    });
    expect(discordCard(none).embeds[1]?.footer?.text).toBe("no reply · template");
    expect(slackText(none)).toContain("· no reply · template");
    expect(slackText(none)).not.toContain("spam_none");
  });
});

describe("a campaign card once decided", () => {
  function decided(overrides: Partial<Review>, counts: Partial<NonNullable<Review["campaign"]>>) {
    const review = campaign({
      status: "rejected",
      decidedBy: "slack:U1",
      decidedAt: new Date(START + 120_000).toISOString(),
      ...overrides,
    });
    review.campaign = { ...(review.campaign as NonNullable<Review["campaign"]>), ...counts };
    return review;
  }

  it("shows a released campaign as not spam, not under the spam label", () => {
    const released = decided({ correctedLabel: "collaboration" }, { done: 30 });
    const label = discordCard(released).embeds[0]?.fields?.find((f) => f.name === "Label");
    expect(label?.value).toContain("**Not spam**");
    expect(label?.value).not.toContain("**spam**");
    expect(slackCard(released).text).toMatch(/^released as not spam: /);
    expect(slackCard(decided({}, { done: 30 })).text).toMatch(/^rejected: spam campaign/);
  });

  it("writes an automatic timeout as a duration and ends the working line with one ellipsis", () => {
    const review = decided(
      { status: "approved", moderation: { type: "timeout", seconds: 604_800 } },
      { done: 3 },
    );
    review.message = { ...review.message, context: "channel" };
    const text = discordText(review);
    expect(text).toContain("Timeout all authors (7 days)");
    expect(text).toContain("timed out; working on 37 more…");
    expect(text).not.toContain("….");
  });

  it("counts the conversations a rejected DM campaign failed to close, on Discord as on Slack", () => {
    const rejected = decided({}, { done: 230, failed: 3 });
    expect(discordText(rejected)).toContain(
      "nothing was sent; 230 conversations closed, 3 failed.",
    );
    expect(slackText(rejected)).toContain("nothing was sent; 230 conversations closed, 3 failed.");
  });
});

describe("a long message split across Slack sections", () => {
  it("breaks at the last space before the limit, not inside a word", () => {
    const long = `${"word ".repeat(599)}a possible collaboration ${"more ".repeat(300)}`;
    const sections = slackCard(conversation([long]))
      .blocks.map((b) => (b as { text?: { text?: string } }).text?.text ?? "")
      .filter((t) => t.startsWith(">"));
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) {
      expect(section.length).toBeLessThanOrEqual(SLACK.sectionText);
      expect(section).toMatch(/^>(word|more|a|possible|collaboration) /);
      expect(section).toMatch(/(word|more|a|possible|collaboration) $/);
    }
    expect(sections.map((s) => s.slice(1)).join("")).toContain("a possible collaboration");
  });
});

describe("a long DM cut on Discord", () => {
  it("says how many characters were left out, within the description's limit", () => {
    const long = "plain words ".repeat(1000);
    const description = discordCard(conversation([long])).embeds[0]?.description ?? "";
    expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    const match = /… \(cut: ([\d,]+) more characters not shown\)$/.exec(description);
    expect(match).not.toBeNull();
    const shown = description.length - ">>> ".length - (match?.[0].length ?? 0);
    expect(Number(match?.[1]?.replace(/,/g, ""))).toBe(long.length - shown);
  });
});

describe("a conversation's message times", () => {
  const DAY = 24 * 3600_000;
  function over(days: number): Review {
    const review = conversation(["first", "second"]);
    review.messages = (review.messages ?? []).map((m, i) => ({
      ...m,
      receivedAt: new Date(START + i * days * DAY).toISOString(),
    }));
    return review;
  }

  it("carry their dates when the messages came on more than one day, on both platforms", () => {
    const later = Math.floor((START + 2 * DAY) / 1000);
    expect(discordText(over(2))).toContain(`**<t:${later}:f>**`);
    expect(discordText(over(2))).not.toMatch(/<t:\d+:t>/);
    expect(slackText(over(2))).toContain(`*<!date^${later}^{date_short} {time}|`);
    expect(slackText(over(2))).not.toContain("^{time}|");
  });

  it("stay times alone within one day", () => {
    expect(discordText(over(0))).toContain(`**<t:${Math.floor(START / 1000)}:t>**`);
    expect(discordText(over(0))).not.toMatch(/<t:\d+:f>/);
    expect(slackText(over(0))).toContain(`*<!date^${Math.floor(START / 1000)}^{time}|`);
    expect(slackText(over(0))).not.toContain("{date_short}");
  });
});

describe("the stats and pending lists' labels", () => {
  it("are named as on the cards, not by their ids", () => {
    const stats = {
      days: 7,
      byLabel: { feedback_request: 2, collaboration: 1 },
      byOutcome: { sent: 3 },
      byClassifier: {},
    };
    expect(formatStats(stats)).toContain("By label: Feedback request 2 · Collaboration 1");
    expect(statsText(stats)).toContain("By label: Feedback request: *2* · Collaboration: *1*");
    const asks = conversation(["what do you think of my mix?"], {
      correctedLabel: "feedback_request",
    });
    expect(formatPending([asks], null)).toContain("• **Feedback request** from Maya");
    expect(pendingText([asks])).toContain("• *Feedback request* from Maya");
  });
});

describe("a Slack card's notification text", () => {
  it("says what waits, by its label, before who sent it", () => {
    expect(slackCard(conversation(["mix my EP?"])).text).toBe("To review: Collaboration from Maya");
    expect(slackCard(conversation(["a", "b", "c"])).text).toBe(
      "To review: Collaboration, 3 messages from Maya",
    );
    const asks = conversation(["thoughts on my mix?"], { correctedLabel: "feedback_request" });
    expect(slackCard(asks).text).toBe("To review: Feedback request from Maya");
    expect(slackCard(campaign()).text).toBe(
      "To review: spam campaign, 40 messages from 30 accounts",
    );
  });
});
