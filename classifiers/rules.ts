// The first honest classifier: hand-set weights over signals a person would also read (links,
// invites, money, questions to the recipient, "my work" vs "your work", proposal words).
// It is the fallback beside the trained model (CLASSIFIER=rules) and a baseline to beat.
import type { Classifier, ClassifyInput } from "../src/ports.ts";
import { type Classification, LABELS, type Label, type Signals } from "../src/types.ts";

interface Rule {
  reason: string;
  test: (text: string, input: ClassifyInput, signals?: Signals) => boolean;
  /** Evidence per label, in log-odds. */
  weights: Partial<Record<Label, number>>;
}

const has = (re: RegExp) => (text: string) => re.test(text);

const RULES: Rule[] = [
  {
    reason: "has an invite or messenger link",
    test: has(/discord\.gg\/|discord(?:app)?\.com\/invite|t\.me\/|chat\.whatsapp|wa\.me\//),
    weights: { spam: 1.6 },
  },
  {
    reason: "uses a lookalike of a known site",
    test: has(
      /d[il1]sc[o0]rd-?(?:gift|nitro|app-gift)|dlscord|disc0rd|steamcommun[l1]ty|githhub|free-?nitro/,
    ),
    weights: { spam: 3 },
  },
  {
    reason: "pings @everyone or @here",
    test: has(/@everyone|@here/),
    weights: { spam: 2.2 },
  },
  {
    reason: "promises free stuff, crypto or quick money",
    test: has(
      /\bfree (?:nitro|gift|followers|promo)|giveaway|airdrop|presale|\bnft\b|crypto|token sale|\bforex\b|per day from home|\d+x (?:more|your)|guaranteed|\bclaim\b/,
    ),
    weights: { spam: 2 },
  },
  {
    reason: "sells promotion (followers, streams, playlists, SEO)",
    test: has(
      /(?:playlist|stream|follower|subscriber|view)s? (?:placement|promotion|boost)|promote your|grow your (?:channel|audience|server|socials)|\bseo\b|follow (?:for|4) follow|\bf4f\b|packages? start/,
    ),
    weights: { spam: 2.2 },
  },
  {
    reason: "pushes their own release with no question",
    test: (text) =>
      /check (?:out|my)|my new (?:single|ep|album|track|video|game|app|course|store)|out now|streaming now/.test(
        text,
      ) && !text.includes("?"),
    weights: { spam: 1.8 },
  },
  {
    reason: "asks for your opinion",
    test: has(
      /what do you think|thoughts on|your (?:opinion|feedback|thoughts|advice)|any (?:tips|advice|feedback|pointers)|could you (?:listen|look|check|review|give)|can you (?:listen|look|check|review|give)|tell me (?:if|what)|critique|is (?:it|this|my \w+) (?:too|good|ok)|how do you|¿qué (?:opinas|te parece)|o que (?:você )?acha|qu'en penses|was hältst du|che ne pensi|consejos|conselhos|conseils|tipps|consigli/,
    ),
    weights: { feedback_request: 2.2 },
  },
  {
    reason: "proposes working together",
    test: has(
      /work (?:together|with you)|collab|co-?write|feature on|commission|would you (?:be up for|be interested|like to|mix|master|produce|design|join)|are you (?:open|available|interested)|hire you|we(?:'re| are) (?:hiring|looking for)|looking for (?:a|an) \w+|partner(?:ship)?|trabajar juntos|colabora|trabalhar junto|parceria|travailler ensemble|zusammenarbeit|zusammen arbeiten|lavorare insieme|collaborazione/,
    ),
    weights: { collaboration: 2.2 },
  },
  {
    reason: "names a budget, fee or pay",
    test: has(
      /(?:[$€£]|r\$)\s?\d|\d\s?(?:usd|eur|€|k\b)|budget|\bpaid\b|\bfee\b|rate|royalt|rev(?:enue)? share|salary|presupuesto|orçamento|budget|honorar|compenso/,
    ),
    weights: { collaboration: 1.4, spam: 0.3 },
  },
  {
    reason: "names a date or deadline",
    test: has(
      /\b(?:january|february|march|april|june|july|august|september|october|november|december|next (?:week|month)|deadline|by (?:the )?end of|q[1-4])\b/,
    ),
    weights: { collaboration: 0.8 },
  },
  {
    reason: "talks about your work",
    test: has(
      /your (?:work|music|art|channel|stream|library|lib|repo|project|style|sound|tutorials?|videos?|show|podcast)/,
    ),
    weights: { collaboration: 0.5, feedback_request: 0.4 },
  },
  {
    reason: "talks about their own work",
    test: has(
      /\bmy (?:mix|track|song|beat|demo|ep|portfolio|art|drawing|game|app|repo|code|channel|video|landing page|resume|cv|logo|cover|draft)/,
    ),
    weights: { feedback_request: 1, spam: 0.5 },
  },
  {
    reason: "asks a question",
    test: (text) => text.includes("?"),
    weights: { feedback_request: 0.6, collaboration: 0.6, spam: -0.6 },
  },
  {
    reason: "has links",
    test: (_text, input) => (input.links?.length ?? 0) > 0 || /https?:\/\/|www\./.test(_text),
    weights: { spam: 0.6 },
  },
  {
    reason: "the same text reached several other people in 24 h",
    test: (_t, _i, signals) => (signals?.duplicateRecipients ?? 0) >= 2,
    weights: { spam: 2.5 },
  },
  {
    reason: "sent from an account less than a week old",
    test: (_t, _i, signals) => signals?.accountAgeDays !== undefined && signals.accountAgeDays < 7,
    weights: { spam: 0.8 },
  },
];

// Before any evidence, a stranger's DM leans spam: it is the most common kind.
const PRIOR: Record<Label, number> = { spam: 0.3, feedback_request: 0, collaboration: 0 };

export class RulesClassifier implements Classifier {
  readonly name = "rules";

  async classify(input: ClassifyInput, signals?: Signals): Promise<Classification> {
    return this.predict(input, signals);
  }

  predict(input: ClassifyInput, signals?: Signals): Classification {
    const text = (typeof input.text === "string" ? input.text : "").slice(0, 4000).toLowerCase();
    const logits = { ...PRIOR };
    const fired: Array<{ reason: string; label: Label; weight: number }> = [];
    for (const rule of RULES) {
      if (!rule.test(text, input, signals)) continue;
      for (const [label, weight] of Object.entries(rule.weights) as Array<[Label, number]>) {
        logits[label] += weight;
        fired.push({ reason: rule.reason, label, weight });
      }
    }
    const scores = softmax(logits);
    const label = LABELS.reduce((best, l) => (scores[l] > scores[best] ? l : best), LABELS[0]);
    const reasons = [
      ...new Set(
        fired
          .filter((f) => f.label === label && f.weight > 0)
          .sort((a, b) => b.weight - a.weight)
          .map((f) => f.reason),
      ),
    ].slice(0, 4);
    return {
      label,
      confidence: scores[label],
      scores,
      reasons:
        reasons.length > 0 ? reasons : ["no strong signal: the most likely label by default"],
      source: this.name,
    };
  }
}

function softmax(logits: Record<Label, number>): Record<Label, number> {
  const max = Math.max(...Object.values(logits));
  const exps = LABELS.map((l) => Math.exp(logits[l] - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return Object.fromEntries(LABELS.map((l, i) => [l, (exps[i] as number) / sum])) as Record<
    Label,
    number
  >;
}
