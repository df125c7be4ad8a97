// What a reply must do, decided once for the template and the LLM responder alike: the kind of
// draft, the template section, the language, and what to acknowledge (kind words, a question,
// the details a collaborator named).
import type { DraftKind, Label } from "../types.ts";
import { asksToBook } from "./booking-ask.ts";
import { briefCameAlong } from "./brief.ts";
import { statesConcern } from "./concern.ts";
import { needsItSoon } from "./deadline.ts";
import { type CollabDetails, collabDetails, isConcrete } from "./details.ts";
import { type Dialect, dialectOf } from "./dialect.ts";
import { detectLanguage, type Language } from "./language.ts";
import { asksForALook } from "./look.ts";
import { type MoneyTerms, moneyTerms, NAMES_SUM, NAMES_TERMS } from "./money.ts";
import { offersService } from "./offer.ts";
import { pitchedWork, saysWhatTheyDo } from "./offer-said.ts";
import { offeredWork } from "./offered-work.ts";
import { leavesWorkOpen } from "./open-work.ts";
import { offersAPhysicalPiece } from "./physical.ts";
import { asksPrice } from "./price-ask.ts";
import { sendsOwnPriceList } from "./price-list.ts";
import { adviceQuestion, hasKindWords } from "./reading.ts";
import { writesFormally } from "./register.ts";
import { sentWork } from "./sent.ts";
import { namesWorkAtHand, pastesWork, saysWhereItIs } from "./shown.ts";

/**
 * The template sections: a kind of draft, or a variant of one (feedback_question; collab_asked
 * and collab_quote, both concrete collaborations).
 */
export const TEMPLATE_NAMES = [
  "collab_concrete",
  "collab_vague",
  "collab_asked",
  "collab_quote",
  "collab_offer",
  "feedback_yes",
  "feedback_question",
  "feedback_no",
  "spam_decline",
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface ReplyPolicy {
  feedbackPolicy: "yes" | "no";
  spamReply: "none" | "decline";
  /** The language of drafts to senders whose language the templates do not speak. */
  ownerLanguage: Language;
}

export interface ReplyPlan {
  kind: DraftKind;
  /** The template to fill; null when nothing is sent (spam, by default). */
  template: TemplateName | null;
  language: Language;
  /**
   * They wrote in the formal register of a language that has one ("Sie", "vous", "usted"…): the
   * draft answers in it too. Always false for en, pt, id and ja.
   */
  formal: boolean;
  /** They wrote the language's other standard (European Portuguese): its sections and words. */
  dialect?: Dialect;
  /** The sender said kind words: thank them, and only then. */
  praised: boolean;
  /**
   * For feedback and for an offer (collab_offer): their work came with the message (a link, a
   * file): do not ask for it, or for an example of it.
   */
  sent?: boolean;
  /**
   * For feedback_yes: they offer to mail or bring a physical piece ("can I mail you a sample of my
   * ceramics?"): the draft asks for photos or a recording, not for "one link or file", and says
   * the piece itself need not come by post.
   */
  physical?: boolean;
  /** For feedback_yes: they already say what they want feedback on (a doubt, a question). */
  concern?: boolean;
  /**
   * For feedback_yes and feedback_question: they need it by a date of their own days away ("due
   * friday", "we launch tomorrow"): the draft promises no "week or two" it knows is too late.
   */
  soon?: boolean;
  /** For feedback_question: the question asked ("" for an advice ask with no question mark). */
  question?: string;
  /**
   * For collaboration: what they named (project, role, date, budget); empty for a vague ask. For
   * an offer (collab_offer): only the project they offer to work on, when they name one.
   */
  details?: CollabDetails;
  /**
   * For collaboration: no money changes hands and no sum is named (an art trade, a jam team, an
   * unpaid panel): a call would be overkill, collab_concrete leaves the rest to messages; and an
   * offer made for free or as a trade (collab_offer) is not asked what it would cost.
   */
  unpaid?: boolean;
  /**
   * For an offer (collab_offer): its price or terms are named (a sum, a rate, a split, or what
   * they would pay): it is not asked what it would cost.
   */
  priced?: boolean;
  /**
   * For an offer (collab_offer): it says the work they would do ("I'd edit your next 4
   * episodes", "te hago el logo"): it is not asked what exactly they would do.
   */
  said?: boolean;
  /**
   * For collab_concrete, collab_asked and collab_quote: their brief came along (a link or a file
   * they call a brief, a spec, a script, a moodboard…): thank them for it, and ask only for what
   * it may still leave out.
   */
  brief?: boolean;
}

/** What a reply reads of the message: its text, and the adapter's note (attachments). */
export interface ReplyInput {
  text: string;
  note?: string;
  /** Links found at ingest or given by the platform. */
  links?: readonly string[];
}

export function planReply(message: ReplyInput, label: Label, policy: ReplyPolicy): ReplyPlan {
  const { text } = message;
  const language = detectLanguage(text) ?? policy.ownerLanguage;
  const praised = hasKindWords(text);
  const dialect = dialectOf(text, language);
  const base = {
    language,
    praised,
    formal: writesFormally(text, language),
    ...(dialect ? { dialect } : {}),
  };
  switch (label) {
    case "spam":
      return policy.spamReply === "decline"
        ? { kind: "spam_decline", template: "spam_decline", ...base }
        : { kind: "spam_none", template: null, ...base };
    case "feedback_request": {
      if (policy.feedbackPolicy === "no")
        return { kind: "feedback_no", template: "feedback_no", ...base };
      // Work sent along (a link, a file) makes their question one about that work, to look at
      // with the question in mind: "warm or teal? both attached" is not advice to think over.
      // Work named as at hand ("could you look at the photos?", "this render") came as a file
      // or was posted just above, in a DM: it is not asked for again.
      const sent = cameWithWork(message) || namesWorkAtHand(text, asksForALook(text), language);
      // "Can I mail you a print?" asks how to send it, not a question to think over.
      const physical = !sent && offersAPhysicalPiece(text, language);
      const question = sent || physical ? null : adviceQuestion(text);
      // Either draft promises no time their own near date contradicts.
      const asked = needsItSoon(text) ? { ...base, soon: true } : base;
      return question === null
        ? {
            kind: "feedback_yes",
            template: "feedback_yes",
            ...asked,
            sent,
            ...(physical ? { physical } : {}),
            concern: statesConcern(text),
          }
        : { kind: "feedback_yes", template: "feedback_question", ...asked, question };
    }
    case "collaboration": {
      // They offer their own service or help: asking them for a budget and "what you need from
      // me" would treat a vendor or a volunteer as a client.
      if (offersService(text)) {
        // A pitch names the work it offers ("compongo bandas sonoras"), not what it is for.
        const pitched = pitchedWork(text, language);
        const offered = pitched ? { project: pitched } : offeredWork(text, language);
        const terms = moneyTerms(text);
        const unpaid = isUnpaid(terms);
        // Their own price list sent along has the prices in it, even with no sum in the text.
        const priced = namesTerms(terms) || sendsOwnPriceList(text);
        const said = saysWhatTheyDo(text);
        return {
          kind: "collab_offer",
          template: "collab_offer",
          ...base,
          // Their portfolio or a sample linked or attached: thank them for it, ask for no example.
          sent: cameWithWork(message),
          ...(offered ? { details: offered } : {}),
          ...(unpaid ? { unpaid } : {}),
          ...(priced ? { priced } : {}),
          ...(said ? { said } : {}),
        };
      }
      const details = collabDetails(text, language);
      const unpaid = isUnpaid(details);
      const template = collabTemplate(details, unpaid, text, language);
      const kind = template === "collab_vague" ? "collab_vague" : "collab_concrete";
      // A work asked or a price asked with its script or brief linked ("here's my script [link],
      // need a narrator", "brief attached, what would you charge?") is thanked for it as a
      // concrete one is, not asked to tell more about it.
      const brief =
        template !== "collab_vague" && briefCameAlong(text, message.links, message.note);
      return {
        kind,
        template,
        ...base,
        details,
        ...(unpaid ? { unpaid } : {}),
        ...(brief ? { brief } : {}),
      };
    }
  }
}

/**
 * They ask the price, or to book them, and name no budget: collab_quote, whatever else they
 * named ("what do u charge for a logo?", "Jaka cena?", "are you available to book for 12
 * June?"). They ask for a piece of work by its verb and name nothing to thank them for
 * ("¿harías el logo?", "can u draw my charcter"): collab_asked, which asks what the work is
 * without thanking them "for being specific". Else concrete or vague.
 */
function collabTemplate(
  details: CollabDetails,
  unpaid: boolean,
  text: string,
  language: Language,
): "collab_concrete" | "collab_vague" | "collab_asked" | "collab_quote" {
  // A sum or a share named says what they pay ("$300, what do you think?"); "what's ur rate?" none.
  if (!NAMES_SUM.test(details.budget ?? "") && !unpaid && (asksPrice(text) || asksToBook(text)))
    return "collab_quote";
  // "need a verse on this, paid", "can i commission u??": a paid job, but nothing named back.
  if (!namesSomething(details) && (details.asked || details.verbAsked || details.paidWork))
    return "collab_asked";
  // "let's make something together this summer": only when, the work still open.
  if (leavesWorkOpen(text, details, language === "en")) return "collab_vague";
  return isConcrete(details) ? "collab_concrete" : "collab_vague";
}

/** They named something to name back: a project, how much work, a role, a date or a budget. */
export function namesSomething(details: CollabDetails): boolean {
  return Boolean(
    details.project || details.scope || details.role || details.date || details.budget,
  );
}

/**
 * What the brief asked for is worked out from: for a price asked (collab_quote), the budget is
 * what they ask, not to be asked back, and the work they want priced says what they need.
 */
export function briefDetails(plan: ReplyPlan): CollabDetails | undefined {
  if (!plan.details || plan.template !== "collab_quote") return plan.details;
  return { ...plan.details, paid: true, asked: true };
}

/**
 * What a reply names back: for a price asked, the thing to be priced and the date they gave
 * with it ("thanks for asking about the EP and the timing"), not "the scope" nor a budget word;
 * a date alone is not what they asked about ("what would it cost? need it by the 30th"). For
 * the others, all they named.
 */
export function namedDetails(plan: ReplyPlan): CollabDetails | undefined {
  if (!plan.details || plan.template !== "collab_quote") return plan.details;
  const { project, role, date } = plan.details;
  if (!project && !role) return {};
  return { ...(project ? { project } : {}), ...(role ? { role } : {}), ...(date ? { date } : {}) };
}

/**
 * "no money, but we split anything it makes" leaves no budget; "$100 if you write a piece" and
 * "I'd do it for free, or $200 with the source files" do: only the first is unpaid.
 */
function isUnpaid(terms: Pick<CollabDetails, "budget" | "unpaid">): boolean {
  return terms.unpaid === true && terms.budget === undefined;
}

/**
 * The money is named: a sum ("$250 a video"), a share ("15% of net", "split revenue"), or how
 * they charge in words ("I charge per word", "paid hourly"); a bare "rate" or "fee" ("happy to
 * discuss my rate") names none, and nor does a rate left open ("my rates are flexible").
 */
function namesTerms(terms: MoneyTerms): boolean {
  return NAMES_TERMS.test(terms.budget ?? "") || (terms.paid === true && !terms.open);
}

/**
 * The message came with its work: a link, a file, words saying it was sent, where it is ("in
 * my bio", "link below", "in the thread", "in #wip"), or the work pasted in (a code block, lyrics
 * under "verse 1"). The links ingest
 * found (or the platform gave) count as the text's own: domains the text's check does not know
 * (.shop, .ru, .gift) are still work sent along.
 */
function cameWithWork(message: ReplyInput): boolean {
  return (
    (message.links?.length ?? 0) > 0 ||
    sentWork(message.text, message.note) ||
    saysWhereItIs(message.text) ||
    pastesWork(message.text)
  );
}
