// What every platform adapter must do, as one suite each platform runs (after hono's
// src/router/common.case.test.ts): a DM becomes one review card, a reviewer's decision sends
// exactly the chosen text once, nothing else is sent, no one is pinged, no token is logged.
// Each platform implements the driver below on top of its fake server and harness.
import { afterEach, describe, expect, it } from "vitest";
import type { Classifier } from "../../src/ports.ts";
import type { Review } from "../../src/types.ts";
import { eventually, outboundWork, type TestApp } from "./app.ts";

/** Who clicks: two people the adapter's config names as reviewers, and someone it does not. */
export type Person = "reviewer" | "secondReviewer" | "stranger";

/** A button on a review card. Edit only opens the editor; `edit()` also submits it. */
export type CardAction = "approve" | "reject" | "edit";

export interface ContractCard {
  reviewId: string;
  /** The label the card shows, as a label id ("collaboration"). */
  label: string | undefined;
  /** All the card's text as a reader sees it: the platform's escaping of quoted text undone. */
  text: string;
  /** The decisions the card still offers (buttons a click would act on). */
  actions: string[];
}

/** A short private answer to one person, e.g. a refusal or "already decided". */
export interface Note {
  to: Person | "someone else";
  text: string;
}

/** One delivered platform message, to deliver again. */
export interface SentDm {
  readonly key: string;
}

export interface AdapterDriver {
  /** Starts the fake platform, the adapter and a core app on a fresh Redis prefix. */
  start(options: { classifier: Classifier }): Promise<void>;
  /** The core app the adapter runs in (after start). */
  app(): TestApp;
  /** A DM from the sender to the bot, `text` in the platform's own syntax. */
  sendDm(text: string): Promise<SentDm>;
  /** The same platform message delivered again (a replayed or retried event). */
  redeliver(dm: SentDm): Promise<void>;
  /** Review cards in the review channel, in posting order, as they read now. */
  cards(): ContractCard[];
  click(cardIndex: number, action: CardAction, as: Person): Promise<void>;
  /** Opens the card's editor and submits `text` in it. */
  edit(cardIndex: number, text: string, as: Person): Promise<void>;
  /** The texts the bot posted to senders (replies), in order. */
  replies(): string[];
  /** The private notes the bot answered clicks with. */
  notes(): Note[];
  /** How many editors (modals) the bot opened. */
  editorsOpened(): number;
  /** How many platform API calls the bot made so far. */
  calls(): number;
  /** Bot writes that would notify anyone of a quoted mention; empty when none would. */
  pings(): string[];
  /** How the platform writes everyone-, channel- and role/user-mentions in a message. */
  readonly mentions: string;
  /** How the platform's cards name a person (a mention that the card's settings keep silent). */
  nameOf(person: Person): string;
  /** What the refusal of a non-reviewer's click says. */
  readonly refusal: string;
  /** Everything the adapter and the core logged. */
  logs(): string;
  /** Values that must never be logged: tokens, secrets. */
  readonly secrets: readonly string[];
  stop(): Promise<void>;
}

/** Collaboration, with reasons that name neither the label nor each other. */
const CLASSIFIER: Classifier = {
  name: "contract",
  async classify() {
    return {
      label: "collaboration",
      confidence: 0.9,
      scores: { spam: 0.05, feedback_request: 0.05, collaboration: 0.9 },
      reasons: ["offers a paid mixing job", "names a budget and a date"],
      source: "contract",
    };
  },
};

const ASK =
  "Hi! We're releasing a 6-track EP in April. Would you mix it? Budget is $1,800, stems this week.";

/** Every line of `text` is on the card (platforms quote line by line). */
function expectShown(card: ContractCard, text: string): void {
  for (const line of text.split("\n").filter((l) => l.trim() !== "")) {
    expect(card.text).toContain(line);
  }
}

export function adapterContract(name: string, makeDriver: () => AdapterDriver): void {
  describe(`${name}: the adapter contract`, () => {
    let current: AdapterDriver | null = null;

    afterEach(async () => {
      const driver = current;
      current = null;
      await driver?.stop();
    });

    async function start(): Promise<AdapterDriver> {
      const driver = makeDriver();
      current = driver;
      await driver.start({ classifier: CLASSIFIER });
      return driver;
    }

    async function review(driver: AdapterDriver, cardIndex: number): Promise<Review> {
      const card = driver.cards()[cardIndex];
      if (!card) throw new Error(`no card ${cardIndex}`);
      const found = await driver.app().app.store.get(card.reviewId);
      if (!found) throw new Error(`no review ${card.reviewId}`);
      return found;
    }

    /** A DM and its card, once the review records where the card is. */
    async function dmAndCard(driver: AdapterDriver, text = ASK) {
      const before = driver.cards().length;
      const dm = await driver.sendDm(text);
      const card = await eventually(() => driver.cards()[before]);
      await eventually(async () => (await review(driver, before)).card);
      return { dm, card, index: before };
    }

    async function until(driver: AdapterDriver, index: number, status: Review["status"]) {
      return eventually(async () => {
        const r = await review(driver, index);
        return r.status === status ? r : undefined;
      });
    }

    /** Every DM the adapter took was triaged and every card is out: the triage queue is empty. */
    async function idle(driver: AdapterDriver) {
      await eventually(async () => {
        const inbound = driver.app().app.queues.triage;
        const counts = await inbound.getJobCounts("waiting", "active", "delayed");
        return Object.values(counts).every((n) => n === 0);
      });
    }

    /** The card once it says `words` (a decision's outcome). */
    async function cardSaying(driver: AdapterDriver, index: number, words: string) {
      return eventually(() => {
        const card = driver.cards()[index];
        return card?.text.includes(words) ? card : undefined;
      });
    }

    async function outboundJobs(driver: AdapterDriver): Promise<number> {
      return outboundWork(driver.app().app);
    }

    it("puts one card in the review channel showing the label, the reasons and the draft", async () => {
      const driver = await start();
      const { index } = await dmAndCard(driver);
      await idle(driver);
      const cards = driver.cards();
      expect(cards).toHaveLength(1);
      const card = cards[index] as ContractCard;
      const stored = await review(driver, index);
      expect(card.label).toBe("collaboration");
      expect(card.text).toContain("offers a paid mixing job");
      expect(card.text).toContain("names a budget and a date");
      expect(card.text).toContain("Would you mix it?");
      const draft = stored.draft.text ?? "";
      expect(draft).not.toBe("");
      expectShown(card, draft);
      expect([...card.actions].sort()).toEqual(["approve", "edit", "reject", "relabel"]);
      expect(stored.status).toBe("pending");
      expect(driver.replies()).toEqual([]);
    });

    it("makes one card of the same message delivered twice, before or after its card is out", async () => {
      const driver = await start();
      // Once right away (the card is not out yet), twice once the card is out.
      const first = await driver.sendDm(ASK);
      await driver.redeliver(first);
      await eventually(() => driver.cards()[0]);
      await driver.redeliver(first);
      await driver.redeliver(first);
      // A later DM from the same sender joins the pending conversation, so its card is the same
      // card, edited: the platform delivers in order, so every copy before it was taken.
      const later = "would you give feedback on my new track?";
      await driver.sendDm(later);
      // The edit is paced (about one review-channel call a second) and coalesced.
      await eventually(() => driver.cards()[0]?.text.includes(later), 10_000);
      await idle(driver);
      expect(driver.cards()).toHaveLength(1);
      const text = driver.cards()[0]?.text ?? "";
      expect(text.split("Would you mix it?")).toHaveLength(2);
      expect(text.split(later)).toHaveLength(2);
      // The copies delivered again did not count as messages.
      expect((await review(driver, 0)).messageCount).toBe(2);
    });

    it("posts exactly the draft, once, when a reviewer approves", async () => {
      const driver = await start();
      const { index } = await dmAndCard(driver);
      const draft = (await review(driver, index)).draft.text;
      await driver.click(index, "approve", "reviewer");
      const sent = await until(driver, index, "sent");
      expect(sent.finalText).toBe(draft);
      expect(driver.replies()).toEqual([draft]);
      const settled = await cardSaying(driver, index, "✅ Sent");
      expect(settled.text).toContain(driver.nameOf("reviewer"));
      expect(settled.actions).toEqual([]);
    });

    it("posts once when Approve is clicked again and again, telling each late click", async () => {
      const driver = await start();
      const { index } = await dmAndCard(driver);
      const draft = (await review(driver, index)).draft.text;
      // Three at once, by two reviewers, then one after the reply is out.
      await Promise.all([
        driver.click(index, "approve", "reviewer"),
        driver.click(index, "approve", "secondReviewer"),
        driver.click(index, "approve", "reviewer"),
      ]);
      await until(driver, index, "sent");
      await driver.click(index, "approve", "secondReviewer");
      // Every click but the one that won hears it was decided (a platform may confirm the winner).
      const late = () => driver.notes().filter((n) => n.text.includes("already decided"));
      await eventually(() => late().length >= 3);
      expect(late()).toHaveLength(3);
      expect(driver.replies()).toEqual([draft]);
    });

    it("posts exactly the edited text, once, and not the draft", async () => {
      const driver = await start();
      const { index } = await dmAndCard(driver);
      const edited = "Thanks Maya! Send the stems over and I'll listen this week.\n\n– Alex";
      await driver.edit(index, edited, "reviewer");
      const sent = await until(driver, index, "sent");
      expect(sent.finalText).toBe(edited);
      expect(driver.replies()).toEqual([edited]);
      const settled = await cardSaying(driver, index, "✅ Sent");
      expectShown(settled, edited);
    });

    it("posts nothing when a reviewer rejects, and the card says so", async () => {
      const driver = await start();
      const { index } = await dmAndCard(driver);
      await driver.click(index, "reject", "reviewer");
      const card = await cardSaying(driver, index, "🚫 Rejected");
      expect(card.text).toContain("nothing was sent");
      expect(card.actions).toEqual([]);
      expect((await review(driver, index)).status).toBe("rejected");
      expect(await outboundJobs(driver)).toBe(0);
      expect(driver.replies()).toEqual([]);
    });

    it("tells a reviewer who clicks a decided card that it is decided, and opens no editor", async () => {
      const driver = await start();
      const { index } = await dmAndCard(driver);
      await driver.click(index, "reject", "reviewer");
      await until(driver, index, "rejected");
      await driver.click(index, "approve", "secondReviewer");
      await driver.click(index, "edit", "secondReviewer");
      const notes = await eventually(() => (driver.notes().length === 2 ? driver.notes() : false));
      const by = `already decided (rejected by ${driver.nameOf("reviewer")})`;
      expect(notes).toEqual([
        { to: "secondReviewer", text: expect.stringContaining(by) },
        { to: "secondReviewer", text: expect.stringContaining(by) },
      ]);
      expect(driver.editorsOpened()).toBe(0);
      expect(driver.replies()).toEqual([]);
    });

    it("answers a non-reviewer's clicks with a refusal only, and posts nothing", async () => {
      const driver = await start();
      const { index } = await dmAndCard(driver);
      const before = driver.calls();
      await driver.click(index, "approve", "stranger");
      await driver.click(index, "reject", "stranger");
      await driver.click(index, "edit", "stranger");
      const notes = await eventually(() => (driver.notes().length === 3 ? driver.notes() : false));
      for (const note of notes) {
        expect(note.to).toBe("stranger");
        expect(note.text).toContain(driver.refusal);
      }
      // One answer per click and nothing else: no post, no card edit, no editor.
      expect(driver.calls() - before).toBe(3);
      const stored = await review(driver, index);
      expect(stored.status).toBe("pending");
      expect(stored.decidedBy).toBeUndefined();
      expect(driver.replies()).toEqual([]);
    });

    it("shows quoted everyone-, channel- and role-mentions as typed and pings no one", async () => {
      const driver = await start();
      const text = `Hey ${driver.mentions} would you mix my EP?`;
      const { index } = await dmAndCard(driver, text);
      expect(driver.cards()[index]?.text).toContain(text);
      await driver.click(index, "approve", "reviewer");
      await until(driver, index, "sent");
      await cardSaying(driver, index, "✅ Sent");
      expect(driver.pings()).toEqual([]);
    });

    it("delivers an edited reply with mentions as typed, pinging no one", async () => {
      const driver = await start();
      const { index } = await dmAndCard(driver, "would you mix my EP in April? budget $900");
      const edited = `Sure! ${driver.mentions} & <https://example.com|portfolio> are just text here.`;
      await driver.edit(index, edited, "reviewer");
      await until(driver, index, "sent");
      expect(driver.replies()).toEqual([edited]);
      expect(driver.pings()).toEqual([]);
    });

    it("never logs its token", async () => {
      const driver = await start();
      const { index } = await dmAndCard(driver);
      await driver.click(index, "approve", "reviewer");
      const sent = await until(driver, index, "sent");
      // The capture works: the delivery of this very review is in it.
      await eventually(() => driver.logs().includes(sent.id));
      expect(driver.secrets.length).toBeGreaterThan(0);
      for (const secret of driver.secrets) expect(driver.logs()).not.toContain(secret);
    });
  });
}

/** What a driver does once its platform runs; the words and secrets are known before. */
export type DriverOps = Omit<AdapterDriver, "start" | "stop" | "mentions" | "refusal" | "secrets">;

export type DriverWords = Pick<AdapterDriver, "mentions" | "refusal" | "secrets">;

/** A driver whose platform starts on `start()`: `boot` starts it and gives its ops and its stop. */
export function lazyDriver(
  words: DriverWords,
  boot: (options: { classifier: Classifier }) => Promise<{ ops: DriverOps; stop(): Promise<void> }>,
): AdapterDriver {
  let running: { ops: DriverOps; stop(): Promise<void> } | null = null;
  const ops = (): DriverOps => {
    if (!running) throw new Error("the driver is not started");
    return running.ops;
  };
  return {
    ...words,
    async start(options) {
      running = await boot(options);
    },
    async stop() {
      const was = running;
      running = null;
      await was?.stop();
    },
    app: () => ops().app(),
    sendDm: (text) => ops().sendDm(text),
    redeliver: (dm) => ops().redeliver(dm),
    cards: () => ops().cards(),
    click: (i, action, as) => ops().click(i, action, as),
    edit: (i, text, as) => ops().edit(i, text, as),
    replies: () => ops().replies(),
    notes: () => ops().notes(),
    editorsOpened: () => ops().editorsOpened(),
    calls: () => ops().calls(),
    pings: () => ops().pings(),
    nameOf: (person) => ops().nameOf(person),
    logs: () => ops().logs(),
  };
}
