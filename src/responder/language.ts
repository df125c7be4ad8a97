// Which language a sender wrote in, among those the reply templates speak. Counted on common
// short words and telling letters, so it is fast and the same every time; a text too short to
// tell ("collab?") gets null, and the draft is in the owner's language.

export const LANGUAGES = [
  "en",
  "es",
  "pt",
  "fr",
  "de",
  "it",
  "nl",
  "pl",
  "tr",
  "id",
  "ja",
] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  es: "Spanish",
  pt: "Portuguese",
  fr: "French",
  de: "German",
  it: "Italian",
  nl: "Dutch",
  pl: "Polish",
  tr: "Turkish",
  id: "Indonesian",
  ja: "Japanese",
};

// Words frequent in one language and rarer in the others (accents kept, as people type them;
// the unaccented spellings are listed too).
const WORDS: Record<Exclude<Language, "ja">, string> = {
  en: "the and you your i my to of for with this that what would can love hey hi want is are it do we our me just really how could work u ur those up if but not have been from they them their about some any get got know think make im i'm don't dont lol which should where when why who were yo",
  es: "el la los las que de y es un una por para con tu mi hola quiero me te muy pero como gracias trabajo puedes podrías podrias estoy tengo tus mis nuestro hacer sobre algo está esta tú q oye soy estamos buscando solo ya hoy vi necesito busco más qué cómo también tambien ese esa eso sin sí ahora hay están fue tiene usted vos buenas quieres",
  pt: "o os as que de e é um uma para com sou queremos podemos conversar convidar vocês voces somos você voce seu sua meu minha oi olá ola obrigado obrigada não nao também tambem muito trabalho pode queria estou tenho fazer sobre gostaria pra tô quer aqui só ganhar manda chama preciso vc você procuro curti teu trampo bora algum dia qual tá nesse fala vdd desculpa pergunta sem seus parceria agora ou mas mais isso esse essa nosso nossa ao das pelo pela foi tem está estão bem sim quem onde rola beleza opa uns umas novo nova deixa",
  fr: "le la les des que de et est un une pour avec vous tu ton ta mon ma je salut bonjour merci pas très tres c'est j'ai ton vos votre faire sur serait aimerais wesh t'as vu nouvelle elle cette semaine te mets lien cherche besoin mais ou ça ca comment quand du au aux nous leur bien tout tous peux veux sais fait suis être coucou",
  de: "der die das und ist ein eine einer dem bist ich du dein deine mit für fur nicht hallo danke sehr wir auf zu mein meine hast kannst würde wurde gerne möchte mochte deinen uns nur heute hier kommt alle neuen jede woche suche brauche lass mal zusammen machen mach etwas vielleicht schon noch auch aber oder wenn dich dir habe bin sie ihnen ihre ihren ihrem",
  it: "il lo la che di e è un una per con tu tuo tua mio mia ciao grazie sono non molto del della mi ho vorrei potresti anche tuoi nostro fare questo questa cerco bisogno sei hai fai ti va qualcosa insieme vuoi quanto chiedi cosa nuovo oggi dei delle gli perché perche scrivimi così cosi conviene serve faccio facciamo come",
  nl: "de het een en is ik je jij jouw van voor met niet hoi hallo bedankt dank heel wil mijn wij we zijn ook graag jullie kun kan zou maak eerste leden uw wordt binnen uur zoek nodig hebben samen iets doen vind echt gaaf zullen eens welk raad deze naar mij moet ff vraagje jij dit stuur",
  pl: "i w z na do nie jest się sie to że ze czy cześć czesc dzięki dzieki dziękuję mój moj twój twoj twoje bardzo mam chcę chce jak mogę moge możesz mozesz siema robisz zlecenia szukam potrzebuję potrzebuje ci moje moja sądzisz sadzisz wysłać wyslac hej jestem dla mnie tylko już juz może moze pani państwo państwa",
  tr: "ve bir bu için icin ile çok cok merhaba selam teşekkürler sen senin ben benim mi mı var yok ne gibi misin musun bana seninle işbirliği nasıl sizce ilk geçen katıl arıyorum lazım siz sizin sizinle size",
  id: "dan yang di ini itu untuk dengan saya aku kamu anda halo terima kasih tidak bisa mau ada karya kak bang gak nggak sama buat boleh lagu belajar baru lebih baik atau dulu langsung minggu mana ya jasa cuma lagi dong yuk kolab menurut kakak ku udah belum aslinya kami cari pakai ayo gan dari cukup dapat pengen",
};

const TABLE = new Map<string, Language[]>();
for (const [language, words] of Object.entries(WORDS) as Array<[Language, string]>) {
  for (const word of words.split(" ")) {
    const known = TABLE.get(word) ?? [];
    if (!known.includes(language)) TABLE.set(word, [...known, language]);
  }
}

// Letters that belong to few of the languages: each one seen adds to theirs.
const LETTERS: Array<[RegExp, Language[]]> = [
  [/[łąęśźżćń]/g, ["pl"]],
  [/[ğşı]/g, ["tr"]],
  [/[ãõ]/g, ["pt"]],
  [/[ñ¿¡]/g, ["es"]],
  [/ß/g, ["de"]],
  [/[èù]/g, ["fr", "it"]],
];
const KANA = /[\u3040-\u30ff]/;
const WORD = /[\p{L}']+/gu;
// A letter none of LANGUAGES writes (å æ ø, ř ů ě, ő ű, ș ț, Cyrillic, Greek, Han without kana…):
// a word with one is evidence of another language, weighed against the words we know.
const FOREIGN = /(?![a-zßàáâãäçèéêëìíîïñòóôõöùúûüÿœąćęłńśźżğış])\p{L}/u;
// What one foreign word weighs: a language must be ahead of it by the usual margin (4.5 words'
// worth each), so Swedish with a few Dutch- or Polish-looking words ("en", "kan", "i") is not
// answered in those, while "Søren" in a sentence of English still leaves it English.
const FOREIGN_WEIGHT = 3;

/** The language of `text` among LANGUAGES, or null when it is too short or unclear to tell. */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 2000).toLowerCase();
  if (KANA.test(sample)) return "ja";
  const score = new Map<Language, number>();
  const add = (l: Language, n: number) => score.set(l, (score.get(l) ?? 0) + n);
  let foreign = 0;
  for (const word of sample.replace(/https?:\/\/\S+|\S+\.\w{2,}\/\S*/g, " ").match(WORD) ?? []) {
    if (FOREIGN.test(word)) foreign += FOREIGN_WEIGHT;
    const languages = TABLE.get(word);
    // A word shared by several languages counts for each, but less.
    if (languages) for (const l of languages) add(l, 1 / languages.length);
  }
  for (const [letters, languages] of LETTERS) {
    const n = sample.match(letters)?.length ?? 0;
    if (n > 0) for (const l of languages) add(l, Math.min(3, n));
  }
  let best: Language | null = null;
  let top = 0;
  // Another language's words compete as a runner-up would.
  let second = foreign;
  for (const [l, n] of score) {
    if (n > top) {
      second = Math.max(second, top);
      top = n;
      best = l;
    } else if (n > second) second = n;
  }
  // At least two words' worth of evidence, and clearly ahead of the runner-up.
  return top >= 1.5 && top >= second * 1.5 ? best : null;
}
