// Drafts in the sender's register: a German "Sehr geehrte Frau Brandt, … Hätten Sie Interesse"
// gets "Sie", not "du"; a French "Bonjour Madame, … Souhaiteriez-vous" gets "vous", and so on
// for es, it, nl, pl and tr. An informal sender keeps the informal draft.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askBrief, describeDetails } from "../src/responder/detail-words.ts";
import { detectLanguage } from "../src/responder/language.ts";
import { TEMPLATE_NAMES } from "../src/responder/plan.ts";
import {
  FORMAL_LANGUAGES,
  type FormalLanguage,
  writesFormally,
} from "../src/responder/register.ts";
import {
  loadTemplates,
  parseTemplates,
  type TemplateResponderOptions,
  type Templates,
  templateDraft,
} from "../src/responder/templates.ts";
import type { Label } from "../src/types.ts";
import { systemPromptFor } from "./helpers/llm-prompt.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ spamReply: "decline" });
const draft = (text: string, label: Label, extra: Partial<TemplateResponderOptions> = {}) =>
  templateDraft({ ...options, ...extra }, dm(text), { label });

/** The shipped templates as they were before: no formal sections. */
const informalOnly = Object.fromEntries(
  Object.entries(loadTemplates()).filter(([key]) => !key.endsWith(".formal")),
) as Templates;

const word = (list: string, flags = "iu") =>
  new RegExp(`(?<![\\p{L}])(?:${list.split(" ").join("|")})(?![\\p{L}])`, flags);

interface Case {
  /** A formal ask to work together with nothing concrete, and one with a project, a date, a fee. */
  vague: string;
  concrete: string;
  /** A formal feedback request with its link, and a formal question asking advice. */
  feedback: string;
  question: string;
  /** An informal ask to work together. */
  informal: string;
  /** What a formal draft says (the formal "you" or, in Polish, its impersonal "proszę"). */
  formal: RegExp;
  /** What an informal draft says and a formal one must not. */
  familiar: RegExp;
}

const CASES: Record<FormalLanguage, Case> = {
  de: {
    vague:
      "Sehr geehrte Frau Brandt, ich habe Ihre Musik entdeckt. Hätten Sie Interesse an einer Zusammenarbeit?",
    concrete:
      "Guten Tag Frau Brandt, wir produzieren im Mai ein Album und suchen eine Sängerin. Hätten Sie Zeit? Das Budget liegt bei 2.000 €.",
    feedback:
      "Guten Tag, könnten Sie sich meinen neuen Track anhören und mir Ihre Meinung sagen? soundcloud.com/abc/track",
    question: "Sehr geehrter Herr Wagner, wie würden Sie als Anfänger mit dem Mischen anfangen?",
    informal: "Hallo, hättest du Lust, mit mir an einem neuen Track zu arbeiten?",
    formal: word("Sie Ihnen Ihre Ihrer", "u"),
    familiar: word("du dich dir dein deine deinen deiner euch"),
  },
  fr: {
    vague: "Bonjour Madame, j'ai découvert votre travail. Souhaiteriez-vous collaborer avec nous ?",
    concrete:
      "Bonjour Monsieur, nous préparons un album pour avril et cherchons un mixeur. Seriez-vous disponible ? Le budget est de 1 500 €.",
    feedback:
      "Bonjour, pourriez-vous écouter mon morceau et me donner votre avis ? soundcloud.com/abc/morceau",
    question: "Bonjour Madame, comment avez-vous trouvé vos premiers clients ?",
    informal: "Salut, est-ce que tu serais partant pour une collab sur mon prochain morceau ?",
    formal: word("vous votre vos"),
    familiar: word("tu toi ton ta tes te t'as t'ai envoie-moi dis-moi laisse-moi"),
  },
  es: {
    vague: "Estimada Laura, le escribo porque me encantaría colaborar con usted.",
    concrete:
      "Estimado Sr. García, estamos grabando un disco para mayo y buscamos productor. ¿Le interesaría? El presupuesto es de 2.000 euros.",
    feedback:
      "Buenos días, ¿podría usted escuchar mi canción y darme su opinión? soundcloud.com/abc/cancion",
    question: "Estimada Laura, ¿cómo consiguió usted sus primeros clientes?",
    informal: "Hola! Me encanta tu música, ¿te gustaría colaborar en un tema conmigo?",
    formal: word("su sus le tiene necesita podría cuénteme envíeme dígamelo permítame decírselo"),
    familiar: word("tú tu tus te ti contigo tienes necesitas cuéntame mándame dímelo"),
  },
  it: {
    vague: "Gentile Giulia, Le scrivo per proporLe una collaborazione. Sarebbe interessata?",
    concrete:
      "Buongiorno, La contatto per un album che usciremo a maggio: cerchiamo un produttore, budget 2.000 euro. Sarebbe disponibile?",
    feedback:
      "Buongiorno, potrebbe ascoltare il mio brano e darmi un Suo parere? soundcloud.com/abc/brano",
    question: "Gentile Marco, Le scrivo per una domanda: come ha trovato i Suoi primi clienti?",
    informal: "Ciao! Ti andrebbe di lavorare con me su un pezzo nuovo?",
    formal: word("Le La Sua Suo ha può mi dica mi racconti mi mandi", "u"),
    familiar: word("ciao tu ti te tuo tua hai puoi vuoi mandami dimmi raccontami"),
  },
  nl: {
    vague: "Geachte mevrouw De Vries, wij zouden graag met u samenwerken. Heeft u interesse?",
    concrete:
      "Goedemiddag, wij nemen in mei een album op en zoeken een producer. Zou u dat willen doen? Het budget is 2.000 euro.",
    feedback:
      "Goedemiddag, zou u naar mijn nummer willen luisteren en mij uw mening geven? soundcloud.com/abc/nummer",
    question: "Geachte heer Jansen, hoe heeft u uw eerste klanten gevonden?",
    informal: "Hoi! Zou je het leuk vinden om samen met mij iets te maken?",
    formal: word("u uw"),
    familiar: word("hoi je jij jou jouw"),
  },
  pl: {
    vague:
      "Szanowna Pani, chcielibyśmy zaproponować Pani współpracę. Czy byłaby Pani zainteresowana?",
    concrete:
      "Dzień dobry, nagrywamy album w maju i szukamy producenta. Czy byłby Pan zainteresowany? Budżet to 5000 zł.",
    feedback:
      "Dzień dobry, czy mógłby Pan posłuchać mojego utworu i podzielić się opinią? soundcloud.com/abc/utwor",
    question: "Dzień dobry, jak Pani znalazła pierwszych klientów?",
    informal: "Cześć! Czy chciałbyś ze mną współpracować przy nowym utworze?",
    // "Pan" or "Pani" would need the sender's gender: the formal drafts say neither, and
    // open with "Dzień dobry" as a formal letter does.
    formal: word("Dzień"),
    familiar: word(
      "cześć dzięki ty ci cię ciebie tobie twój twoja twoje twoim masz możesz potrzebujesz pytasz wyślij opowiedz daj",
    ),
  },
  tr: {
    vague: "Selin Hanım, merhaba. Sizinle çalışmak isteriz. İlgilenir misiniz?",
    concrete:
      "Merhaba Ahmet Bey, mayıs ayında bir albüm kaydediyoruz ve yapımcı arıyoruz. Bütçemiz 20.000 TL. İlgilenir misiniz?",
    feedback:
      "Merhaba, şarkımı dinleyip bana geri bildirim verebilir misiniz? soundcloud.com/abc/sarki",
    question: "Merhaba Selin Hanım, ilk müşterilerinizi nasıl buldunuz?",
    informal: "Merhaba! Benimle yeni bir şarkı için işbirliği yapmak ister misin?",
    formal: /(?:[ıiuü]n[ıiuü]z|s[ıi]n[ıi]z|size|sizi)(?![\p{L}])/u,
    familiar: word(
      "sen seni sana senin misin mesajın verdiğin sözlerin aklında düşündüğün istediğin beklediğin sorun sordun sorduğun gönder yaz ver anlat gönderdiğine",
    ),
  },
};

const each = FORMAL_LANGUAGES.map((language) => [language, CASES[language]] as const);

describe("the sender's register", () => {
  it("knows a formal message's language by its formal pronouns", () => {
    expect(
      detectLanguage("Guten Tag, könnten Sie mir sagen, ob Sie im Mai Zeit für ein Projekt haben?"),
    ).toBe("de");
    // Typed without Turkish letters, as it often is.
    expect(detectLanguage("Sayin Yilmaz, sizinle calismak isteriz, size uygun mu?")).toBe("tr");
  });

  it.each(each)("reads %s messages written formally as formal, and casual ones as not", (l, c) => {
    for (const text of [c.vague, c.concrete, c.feedback, c.question]) {
      expect(detectLanguage(text), text).toBe(l);
      expect(writesFormally(text, l), text).toBe(true);
    }
    expect(detectLanguage(c.informal)).toBe(l);
    expect(writesFormally(c.informal, l)).toBe(false);
  });

  it.each([
    ["de", "Hallo Ihr Lieben, habt ihr Lust auf ein gemeinsames Projekt?", false],
    ["de", "Hey, hast du Lust? Sie haben mir deinen Namen gegeben.", false],
    ["de", "Guten Tag,\nSie wurden mir empfohlen. Hätten Sie im Mai Zeit?", true],
    ["fr", "Salut les gars, vous êtes chauds pour un feat ?", true],
    [
      "it",
      "Meta Business Support\nLa tua pagina ha violato le norme, ti chiediamo di rispondere",
      false,
    ],
    ["it", "Ciao! Fai anche loghi per band? Budget sui 400€", false],
    ["nl", "Vraagske: welk papier gebruikt gij voor uw aquarellen?", false],
    // "je" is also the impersonal "one": a question put to "u" outweighs it.
    ["nl", "Goedemiddag, een poster die je van ver kunt lezen: kunt u die ontwerpen?", true],
    ["it", "Buongiorno. Le mando due bozze: secondo lei quale funziona meglio?", true],
    ["it", "ciao! ti mando due bozze, quale ti piace?", false],
    ["tr", "Merhaba Deniz, yalnız bir sorum var: benimle bir şarkı yapar mısın?", false],
    ["tr", "Merhaba, projeniz çok güzel. Bizimle çalışmak ister misiniz?", true],
    ["pl", "Dzień dobry, czy jest Pan otwarty na współpracę?", true],
    ["es", "Hola, ¿cómo le haces pa que tus renders no tarden tanto?", false],
    ["en", "Dear Ms Brandt, would you be interested in working with us?", false],
    ["pt", "Prezada senhora, a senhora teria interesse em colaborar?", false],
  ] as const)("%s: %s -> formal %s", (language, text, formal) => {
    expect(writesFormally(text, language)).toBe(formal);
  });
});

describe("Spanish 'su' and 'le'", () => {
  it("reads them as formal when said to the reader, not of someone else", () => {
    const formal = (text: string) => writesFormally(text, "es");
    expect(formal("Buenas tardes, vi su portafolio y quería proponerle un encargo.")).toBe(true);
    expect(formal("Buenos días, ¿podría pasarme su tarifa para un cartel?")).toBe(true);
    expect(formal("Hola, ¿nos podrían dar su opinión sobre este logotipo?")).toBe(true);
    // "su" of a third person, "-le a" someone else, and "tú" verbs against one stray "su".
    expect(formal("Vi el corto de Pablo y su música es increíble, ¿te animas?")).toBe(false);
    expect(formal("Quiero proponerle a una amiga un fanzine, ¿me ayudas a escribirlo?")).toBe(
      false,
    );
    expect(formal("Mi profe me dio su opinión, ¿puedes darme la tuya?")).toBe(false);
  });
});

describe("a formal draft", () => {
  it.each(each)("answers a formal sender in %s formally, in every kind of draft", (_l, c) => {
    const drafts = {
      collab_vague: draft(c.vague, "collaboration"),
      collab_concrete: draft(c.concrete, "collaboration"),
      feedback_yes: draft(c.feedback, "feedback_request"),
      feedback_question: draft(c.question, "feedback_request"),
      feedback_no: draft(c.feedback, "feedback_request", { feedbackPolicy: "no" }),
      spam_decline: draft(c.vague, "spam"),
    };
    expect(drafts.collab_vague.kind).toBe("collab_vague");
    expect(drafts.collab_concrete.kind).toBe("collab_concrete");
    expect(drafts.feedback_yes.text).not.toBe(draft(c.question, "feedback_request").text);
    for (const [name, { text }] of Object.entries(drafts)) {
      expect(text, name).toBeTruthy();
      // A decline is a line of thanks: it says no "you" either way.
      if (name !== "spam_decline") expect(text, `${name}: ${text}`).toMatch(c.formal);
      expect(text, `${name}: ${text}`).not.toMatch(c.familiar);
    }
  });

  it.each(each)("keeps an informal sender's draft in %s as it was", (_l, c) => {
    const text = draft(c.informal, "collaboration").text;
    expect(text).toBe(draft(c.informal, "collaboration", { templates: informalOnly }).text);
    expect(text).toMatch(c.familiar);
  });

  it("names back a concrete offer and asks for the brief in the formal register", () => {
    const album =
      "Guten Tag, wir produzieren im Mai ein Album, das Budget liegt bei 2.000 €. Hätten Sie Zeit?";
    expect(draft(album, "collaboration").text).toContain(
      "ein kurzes Briefing schicken (was Sie von mir brauchen)?",
    );
    // A singer asked for says what they need: nothing is left to ask, in the formal register too.
    expect(draft(CASES.de.concrete, "collaboration").text).toContain(
      "Ich schaue, ob es in meinen Kalender passt, und melde mich bei Ihnen",
    );
    expect(askBrief({}, "de", true)).toBe("Umfang, Zeitplan, Budget und was Sie von mir brauchen");
    expect(askBrief({}, "de")).toBe("Umfang, Zeitplan, Budget und was du von mir brauchst");
    expect(askBrief({ budget: "500 €" }, "fr", true)).toBe(
      "périmètre, calendrier et ce que vous attendez de moi",
    );
    expect(askBrief({}, "es", true)).toContain("qué necesita de mí");
    expect(askBrief({}, "it", true)).toContain("cosa Le serve da me");
    expect(askBrief({}, "nl", true)).toContain("wat u van mij nodig heeft");
    expect(askBrief({}, "pl", true)).toContain("oczekiwania wobec mnie");
    expect(askBrief({}, "tr", true)).toContain("benden ne beklediğiniz");
    expect(describeDetails({}, "de", true)).toBe("Ihre Idee");
    expect(describeDetails({}, "fr", true)).toBe("ce que vous avez en tête");
    // No formal words for a language without the distinction: the usual ones.
    expect(askBrief({}, "pt", true)).toBe(askBrief({}, "pt"));
  });

  it("ships a formal section of every kind in each language that has the register", () => {
    const templates = loadTemplates();
    for (const language of FORMAL_LANGUAGES)
      for (const name of TEMPLATE_NAMES) {
        const key = `${name}.${language}.formal`;
        const formal = templates[key] ?? "";
        expect(formal, key).toBeTruthy();
        // The same placeholders as the informal section, so it says the same things.
        const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]);
        const informal = templates[`${name}.${language}`] ?? "";
        expect(new Set(placeholders(formal)), key).toEqual(
          new Set(placeholders(informal).filter((p) => language !== "pl" || p !== "{sender}")),
        );
      }
  });
});

describe("an owner's templates and the register", () => {
  const dir = mkdtempSync(join(tmpdir(), "ct-register-"));
  const casual = "Hallo, hast du Lust, mal etwas mit mir zusammen zu machen?";
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("an owner's informal section leaves formal senders the shipped formal one", () => {
    const templates = loadTemplates(
      file("informal.md", "## collab_vague.de\nNa {sender}, worum geht's dir?\n"),
    );
    expect(draft(casual, "collaboration", { templates }).text).toBe("Na Maya, worum geht's dir?");
    const formal = draft(CASES.de.vague, "collaboration", { templates }).text;
    expect(formal).toMatch(/^Hallo Maya, vielen Dank für Ihre Nachricht\./);
    expect(formal).toContain("Woran denken Sie genau?");
  });

  it("an owner's formal section replaces the shipped one", () => {
    const templates = loadTemplates(
      file(
        "formal.md",
        "## collab_vague.de.formal\nGuten Tag {sender}, worum geht es Ihnen?\n\n## collab_concrete.tr.formal\nMerhaba {sender}, kısa bir özet ({ask_brief}) gönderir misiniz?\n",
      ),
    );
    expect(draft(CASES.de.vague, "collaboration", { templates }).text).toBe(
      "Guten Tag Maya, worum geht es Ihnen?",
    );
    const album =
      "Merhaba Ahmet Bey, mayıs ayında bir albüm kaydediyoruz. Bütçemiz 20.000 TL. İlgilenir misiniz?";
    expect(draft(album, "collaboration", { templates }).text).toBe(
      "Merhaba Maya, kısa bir özet (benden ne beklediğiniz) gönderir misiniz?",
    );
    expect(draft(casual, "collaboration", { templates }).text).toMatch(
      /^Hallo Maya, danke für deine Nachricht\./,
    );
  });

  it("without a formal section, a formal sender gets the informal one, its words informal too", () => {
    const templates = { ...options.templates } as Record<string, string>;
    delete templates["collab_concrete.de.formal"];
    const text = draft(CASES.de.concrete, "collaboration", {
      templates: templates as Templates,
    }).text;
    expect(text).toContain("Ich schaue, ob es in meinen Kalender passt, und melde mich bei dir");
    expect(text).not.toMatch(CASES.de.formal);
  });

  it("reads .formal sections, and refuses them where the register is not known", () => {
    expect(parseTemplates("## feedback_no.fr.formal\nNon, {sender}.\n", "mine.md")).toEqual({
      "feedback_no.fr.formal": "Non, {sender}.",
    });
    for (const name of ["feedback_no.ja.formal", "feedback_no.formal", "feedback_no.de.polite"]) {
      expect(() => parseTemplates(`## ${name}\nNein.\n`, "mine.md"), name).toThrow(
        `mine.md:1: unknown template "${name}" (a formal section is "feedback_no.de.formal" and the like, for .de, .fr, .es, .it, .nl, .pl, .tr)`,
      );
    }
    expect(() => parseTemplates("## feedback_maybe.de.formal\nhm\n", "mine.md")).toThrow(
      'mine.md:1: unknown template "feedback_maybe.de.formal" (known: collab_concrete',
    );
  });
});

describe("the LLM responder's brief", () => {
  const system = (text: string) => systemPromptFor(text);

  it("tells the model to answer a formal sender formally, and in the sender's register always", () => {
    expect(system(CASES.de.vague)).toContain(
      'They wrote formally: address them formally (Sie) throughout, never with the familiar "du".',
    );
    expect(system(CASES.fr.vague)).toContain("address them formally (vous)");
    const casual = system(CASES.de.informal);
    expect(casual).not.toContain("They wrote formally");
    expect(casual).toContain(
      "Answer in the sender's register: formally (Sie) if they addressed you formally",
    );
    expect(system("hey, want to work together on something?")).toContain(
      "Answer in the sender's register",
    );
  });
});
