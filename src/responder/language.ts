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
// the unaccented spellings are listed too). None of the other languages' words is an English one
// ("was", "man", "die", "can", "me", "per", "pro" are left out), so English chat is not read as
// German or Dutch on a word it shares with them.
const WORDS: Record<Exclude<Language, "ja">, string> = {
  en: "the and you your i my to of for with this that what would can love hey hi want is are it do we our me just really how could work u ur those up if but not have been from they them their about some any get got know think make im i'm don't dont lol which should where when why who were yo",
  es: "el la los las que de y es un una por para con tu mi hola quiero me te muy pero como gracias trabajo puedes podrías podrias estoy tengo tus mis nuestro hacer sobre algo está esta tú q oye soy estamos buscando solo ya hoy vi necesito busco más qué cómo también tambien ese esa eso sin sí ahora hay están fue tiene usted vos buenas quieres su sus del al le les lo en mucha cuánto cuanto cuánta cobras dónde donde cuándo cuando porque porfa vale tío wenas buenos eres tienes puedo quisiera mí hacemos colaboramos crees sabes podemos algún alguna todos otra otro mejor poco acá aquí aqui bueno pues tal entonces ni suena queda quedó sería tenemos sigo contigo nuestra nuestros nuestras bien",
  pt: "o os as que de e é um uma para com sou queremos podemos conversar convidar vocês voces somos você voce seu sua meu minha oi olá ola obrigado obrigada não nao também tambem muito trabalho pode queria estou tenho fazer sobre gostaria pra tô quer aqui só ganhar manda chama preciso vc você procuro curti teu trampo bora algum dia qual tá nesse fala vdd desculpa pergunta sem seus parceria agora ou mas mais isso esse essa nosso nossa ao das pelo pela foi tem está estão bem sim quem onde rola beleza opa uns umas novo nova deixa eu da dos nas mim comigo contigo ele ela eles elas já ainda sempre nunca alguém alguem coisa gente galera valeu né vcs tbm quanto cobra acha achou quero posso ficou fica aí vê massa demais tudo bom boa podia poderia seria então entao porquê segue sigo nossos nossas",
  fr: "le la les des que de et est un une pour avec vous tu ton ta mon ma je salut bonjour merci pas très tres c'est j'ai ton vos votre faire sur serait aimerais wesh t'as vu nouvelle elle cette semaine te mets lien cherche besoin mais ou ça ca comment quand du au aux nous leur bien tout tous peux veux sais fait suis être coucou ce ces qui il ils en ne moi toi lui sont mes tes ses dans peut pourrais pourriez voudrais vraiment trop aussi déjà rien quoi pourquoi comme donc alors bosser bosse stp svp mec frère notre",
  de: "der die das und ist ein eine einer dem bist ich du dein deine mit für fur nicht hallo danke sehr wir auf zu mein meine hast kannst würde wurde gerne möchte mochte deinen uns nur heute hier kommt alle neuen jede woche suche brauche lass mal zusammen machen mach etwas vielleicht schon noch auch aber oder wenn dich dir habe bin sie ihnen ihre ihren ihrem es sind wie wo wer warum weil dass daß des vom zum zur ins fürs beim bei von aus nach über durch ohne kann könnte könntest würdest magst willst hab haben gibt geht mir mich euch unser unsere unseren unserem ihr kein keine doch nichts jetzt viel mehr immer moin servus einen einem wird werden ja",
  it: "il lo la che di e è un una per con tu tuo tua mio mia ciao grazie sono non molto del della mi ho vorrei potresti anche tuoi nostro fare questo questa cerco bisogno sei hai fai ti va qualcosa insieme vuoi quanto chiedi cosa nuovo oggi dei delle gli perché perche scrivimi così cosi conviene serve faccio facciamo come io ci si nel nella nei al alla dal dalla sul sulla chi quando quale quanti troppo troppe troppi tutto tutti sempre già gia ancora adesso poi però bene bello bella buongiorno buonasera salve sto sta stai abbiamo avete hanno può puoi posso vorresti faresti dimmi fammi ricambio su le qui da li nostra nostri nostre",
  nl: "de het een en is ik je jij jouw van voor met niet hoi hallo bedankt dank heel wil mijn wij we zijn ook graag jullie kun kan zou maak eerste leden uw wordt binnen uur zoek nodig hebben samen iets doen vind echt gaaf zullen eens welk raad deze naar mij moet ff vraagje jij dit stuur dat wat hoe waar wie waarom wanneer om aan bij uit nog maar als zo toch mee heb hebt heeft kunt kunnen m'n ze zij hij ons onze geen niks wel goed mooi leuk ja",
  pl: "i w z na do nie jest się sie to że ze czy cześć czesc dzięki dzieki dziękuję mój moj twój twoj twoje bardzo mam chcę chce jak mogę moge możesz mozesz siema robisz zlecenia szukam potrzebuję potrzebuje ci moje moja sądzisz sadzisz wysłać wyslac hej jestem dla mnie tylko już juz może moze pani państwo państwa tak gdzie kiedy dlaczego który która które ile za od przez przy bo ale albo jesteś jestes masz mamy możemy mozemy będzie bedzie razem cię cie ciebie ja",
  tr: "ve bir bu için icin ile çok cok merhaba selam teşekkürler sen senin ben benim mi mı var yok ne gibi misin musun bana seninle işbirliği nasıl sizce ilk geçen katıl arıyorum lazım siz sizin sizinle size mu mü mısın miyim şu nasil neden niye hangi nerede kaç kac kadar daha iyi kötü kotu güzel guzel abi abla hocam kanka olur olarak değil degil veya sana beni seni bizim biraz şey sey lütfen lutfen tamam evet slm mrb",
  id: "dan yang di ini itu untuk dengan saya aku kamu anda halo terima kasih tidak bisa mau ada karya kak bang gak nggak sama buat boleh lagu belajar baru lebih baik atau dulu langsung minggu mana ya jasa cuma lagi dong yuk kolab menurut kakak ku udah belum aslinya kami cari pakai ayo gan dari cukup dapat pengen gimana berapa harga cara dapet gue gw lu aja banget nih sih deh kok ga bikin tolong kalau kalo sudah akan jadi tapi juga harus apa kenapa siapa bagus kita",
};

const TABLE = new Map<string, Language[]>();
for (const [language, words] of Object.entries(WORDS) as Array<[Language, string]>) {
  for (const word of words.split(" ")) {
    const known = TABLE.get(word) ?? [];
    if (!known.includes(language)) TABLE.set(word, [...known, language]);
  }
}

// Letters that belong to few of the languages: each one seen adds to theirs, shared out among
// them as a word is. A letter alone is at most one word's worth, not enough to decide: an English
// DM greeting "Łukasz" or mentioning "São Paulo" stays English.
const LETTERS: Array<[RegExp, Language[]]> = [
  [/[łąęśźżćń]/g, ["pl"]],
  [/[ğşı]/g, ["tr"]],
  [/[ãõ]/g, ["pt"]],
  [/[ñ¿¡]/g, ["es"]],
  [/[ßä]/g, ["de"]],
  [/[öü]/g, ["de", "tr"]],
  [/ç/g, ["fr", "pt", "tr"]],
  [/ó/g, ["es", "pt", "pl"]],
  [/[áíú]/g, ["es", "pt"]],
  [/[êô]/g, ["fr", "pt"]],
  [/[ìò]/g, ["it"]],
  [/[ëïœ]/g, ["fr", "nl"]],
  [/[èù]/g, ["fr", "it"]],
];
// Word shapes only one of the languages has, each worth a word of it: German -ung/-keit/-heit,
// Portuguese -ção, Spanish -ción, Italian -zione, Polish -ować/-ość, Dutch ij and -tje, Turkish
// -iyor/-abilir typed without its letters, Indonesian -nya, French and Italian elisions. Only a word
// none of the lists knows is tested; each shape is fixed strings or one run of letters before a
// fixed ending, with no nested repetition: linear in the word.
const SHAPES: Array<[RegExp, Language[]]> = [
  [/^\p{L}{4,}(?:ung|ungen|keit|heit|lich|schaft)$/u, ["de"]],
  [/(?:ção|ções|cao|coes)$/u, ["pt"]],
  [/(?:ción|ciones|sión|siones)$/u, ["es"]],
  [/(?:zione|zioni)$/u, ["it"]],
  [/(?:ować|owac|ość|ości|ośc)$/u, ["pl"]],
  [/^\p{L}{3,}ych$/u, ["pl"]],
  [/ij|^\p{L}{2,}tje$/u, ["nl"]],
  [/iyor|ıyor|uyor|üyor|yorum|yorsun|abilir|ebilir/u, ["tr"]],
  [/^\p{L}{3,}nya$/u, ["id"]],
  [/^(?:j|qu|n|s|m|t)'\p{L}/u, ["fr"]],
  [/^(?:l|d|dell|nell|all|sull|dall|un)'\p{L}/u, ["fr", "it"]],
];
// Any of SHAPES, each whole (its anchors kept): most words have none, and one test says so where
// SHAPES would take eleven.
const ANY_SHAPE = new RegExp(SHAPES.map(([shape]) => `(?:${shape.source})`).join("|"), "u");
const KANA = /[\u3040-\u30ff]/;
const NON_ASCII = /[\u0080-\uffff]/;
const WORD = /[\p{L}']+/gu;
// A letter none of LANGUAGES writes (å æ ø, ř ů ě, ő ű, ș ț, Cyrillic, Greek, Han without kana…):
// a word with one is evidence of another language, weighed against the words we know.
const FOREIGN = /(?![a-zßàáâãäçèéêëìíîïñòóôõöùúûüÿœąćęłńśźżğış])\p{L}/u;
// What one foreign word weighs: a language must be ahead of it by the usual margin (4.5 words'
// worth each), so Swedish with a few Dutch- or Polish-looking words ("en", "kan", "i") is not
// answered in those, while "Søren" in a sentence of English still leaves it English.
const FOREIGN_WEIGHT = 3;

// A link's words are no one's language. A path-like link starts only where no other character is
// before it: tried from every character of one long run instead, it took time quadratic in its
// length.
const LINK = /https?:\/\/\S+|(?<!\S)\S+\.\w{2,}\/\S*/g;

/** The text with its links blanked out. */
export function withoutLinks(text: string): string {
  return text.replace(LINK, " ");
}

/** The language of `text` among LANGUAGES, or null when it is too short or unclear to tell. */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 2000).toLowerCase();
  if (KANA.test(sample)) return "ja";
  const score = new Map<Language, number>();
  const add = (l: Language, n: number) => score.set(l, (score.get(l) ?? 0) + n);
  let foreign = 0;
  // Every letter FOREIGN and LETTERS look for is beyond ASCII: a text of ASCII alone (most are),
  // lowercased, has none, and skips their scans.
  const ascii = !NON_ASCII.test(sample);
  for (const word of withoutLinks(sample).match(WORD) ?? []) {
    if (!ascii && FOREIGN.test(word)) foreign += FOREIGN_WEIGHT;
    const languages = TABLE.get(word);
    // A word shared by several languages counts for each, but less.
    if (languages) for (const l of languages) add(l, 1 / languages.length);
    else if (ANY_SHAPE.test(word))
      for (const [shape, of] of SHAPES)
        if (shape.test(word)) for (const l of of) add(l, 1 / of.length);
  }
  if (!ascii)
    for (const [letters, languages] of LETTERS) {
      const n = sample.match(letters)?.length ?? 0;
      if (n > 0) for (const l of languages) add(l, Math.min(3, n) / languages.length);
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
