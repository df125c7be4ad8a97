// The words for kinds of work, rights and roles in each template language other than English,
// read only in a text of that language: "serie" or "roman" would otherwise make an English text
// concrete. A word that is also a common non-work word of its language is left out ("tema" is a
// topic, "pezzo" a slice, "corso" an ongoing thing, "Folge" a consequence, "Kurs" a rate, "gość"
// a dude), one that mostly describes the sender ("ilustración", "小説"), and one ROLE already
// reads as a role ("illustration").
//
// Each list is literal words between letter edges: linear in the text.

import type { Language } from "./language.ts";
import { WORD_END as EDGE_AFTER, WORD_START as EDGE_BEFORE } from "./word-edges.ts";

type Foreign = Exclude<Language, "en">;

/** Words between letter edges (none for Japanese, which has no spaces), case-insensitive. */
function words(list: string, language: Foreign): RegExp {
  // Turkish words carry their own ending check; Japanese words have no edges.
  const after = language === "tr" ? "" : EDGE_AFTER;
  const body = language === "ja" ? `(?:${list})` : `${EDGE_BEFORE}(?:${list})${after}`;
  return new RegExp(body, "giu");
}

// Turkish adds its endings to the word ("romanı", "çeviri haklarını"): the word is named back
// without them, as "proje (roman)". Not "romantik", and not "romanın" alone ("your novel").
const TR_ENDING =
  "(?![ıiuü]n(?:[ıiuü]z)?(?![\\p{L}\\p{N}]))(?=(?:[ıiuüae]|l[ae]r|[dt][ae]|y\\p{L}|n[ıiuüae])\\p{L}*|(?![\\p{L}\\p{N}]))";

// ...and a role with "I am" or "we are" on it ("editörüm") is the sender's own trade.
const TR_NOT_SELF = "(?!y?[ıiuü][mz](?![\\p{L}\\p{N}]))";

/**
 * Kinds of work, rights and licences, in a form that reads right named back inside the
 * language's phrase ("el proyecto (novela)", "projekt (książka)").
 */
const NAMED: Record<Foreign, string> = {
  es: "libro|novela|serie|mural|sesión de fotos|sesión fotográfica|episodio|gira|curso|taller|traducción|derechos de traducción|derechos de autor|licencia|cómic|portada|videoclip|documental|cortometraje|fanzine|concierto|exposición|catálogo",
  pt: "livro|série|mural|ensaio fotográfico|sessão de fotos|episódio|turnê|curso|oficina|tradução|direitos autorais|direitos de tradução|(?<!com )licença|quadrinhos|hq|ilustração|videoclipe|clipe|documentário|curta-metragem|fanzine|exposição|faixa|catálogo",
  fr: "livre|roman|série|fresque|shooting photo|séance photo|épisode|tournée|atelier|traduction|droits de traduction|droits d'auteur|droits d’auteur|licence|bd|bande dessinée|clip|documentaire|court-métrage|fanzine|exposition|morceau|catalogue",
  de: "buch|roman|serie|wandbild|wandgemälde|fotoshooting|shooting|episode|tournee|übersetzung|übersetzungsrechte|lizenz|hörbuch|musikvideo|doku|dokumentarfilm|kurzfilm|ausstellung|konzert|katalog",
  it: "libro|romanzo|serie|murale|servizio fotografico|shooting|episodio|puntata|tournée|traduzione|diritti di traduzione|diritti d'autore|licenza|fumetto|illustrazione|brano|videoclip|documentario|cortometraggio|concerto|catalogo",
  nl: "boek|roman|serie|muurschildering|fotoshoot|aflevering|tournee|cursus|vertaling|vertaalrechten|licentie|liedje|clip|documentaire|korte film|tentoonstelling|expositie|concert|catalogus",
  pl: "książka|powieść|seria|mural|sesja zdjęciowa|sesja|odcinek|trasa koncertowa|kurs|warsztaty|tłumaczenie|prawa autorskie|licencja|komiks|ilustracja|piosenka|okładka|płyta|wystawa|koncert|katalog|mapa",
  tr: `(?:roman|çeviri hakları|çeviri hakkı|yayın hakları|telif hakları|çeviri|lisans|belgesel|kısa film|turne|kurs|atölye|konser|sergi|duvar resmi|illüstrasyon|podcast|albüm|kitap)${TR_ENDING}`,
  id: "buku|novel|seri|mural|sesi foto|pemotretan|episode|tur|kursus|kelas|terjemahan|hak terjemahan|hak cipta|lisensi|komik|ilustrasi|video klip|dokumenter|film pendek|konser|pameran|katalog|webtoon",
  ja: "絵本|翻訳権|翻訳|ライセンス|使用許諾|壁画|撮影|写真展|個展|展示|連載|シリーズ|エピソード|ツアー|講座|ワークショップ|挿絵|表紙|ロゴ|似顔絵|朗読劇|ドキュメンタリー|短編映画",
};

/**
 * The same work found only in an inflected or verbal form ("przetłumaczyć", "menerjemahkan",
 * "książkę"): it makes the ask concrete but is not named back, since it would not read right in
 * the phrase.
 */
const UNNAMED: Record<Foreign, string> = {
  es: "traducir|traduzcas|ilustrar|libros|novelas|episodios|cursos|talleres",
  pt: "traduzir|traduza|ilustrar|livros|episódios|cursos|oficinas",
  fr: "traduire|traduises|illustrer|livres|romans|épisodes|ateliers",
  de: "übersetzen|übersetzt|illustrieren|bücher|büchern|episoden|kurse|kurses|lizenzen",
  it: "tradurre|tradurresti|illustrare|libri|romanzi|episodi|puntate|fumetti",
  nl: "vertalen|vertaalt|illustreren|boeken|afleveringen|cursussen",
  pl: "przetłumaczyć|przetłumaczysz|przetłumaczył\\p{L}*|tłumaczenia|tłumaczeniem|zilustrować|zilustrujesz|książkę|książki|książce|powieści|serię|serii|odcinka|odcinku|odcinki|odcinków|sesję|sesji|trasę koncertową|kursu|kurs\\p{L}*|licencję|licencji|komiksu|ilustrację|ilustracji|piosenkę|okładkę|okładki|płytę|wystawę|muralu|filmu|filmy|filmów|filmie|mapę|mapy|mapie",
  tr: "kitab\\p{L}+|çevir(?:ir|mek|mesi|menizi|meni|ebilir)\\p{L}*|çevirisi\\p{L}*",
  id: "menerjemahkan|diterjemahkan|terjemahin|mengilustrasikan|menulis buku",
  ja: "翻訳して|訳して",
};

/** Roles offered, in the form named back inside "el papel de …", "rola (…)". */
const ROLES: Record<Foreign, string> = {
  es: "traductor|traductora|fotógrafo|fotógrafa|locutor|locutora|guionista|animador|animadora|editora|dibujante|muralista|ponente|mentor|mentora|maquillador|maquilladora|consultor|consultora|moderador|moderadora|vestuarista",
  pt: "tradutor|tradutora|fotógrafo|fotógrafa|dublador|dubladora|locutor|locutora|roteirista|animador|animadora|desenhista|editora|palestrante|mentor|mentora|maquiador|maquiadora|consultor|consultora|moderador|moderadora|figurinista",
  fr: "traducteur|traductrice|photographe|graphiste|dessinateur|dessinatrice|monteur|monteuse|doubleur|doubleuse|scénariste|compositeur|compositrice|intervenant|intervenante|mentor|styliste|maquilleur|maquilleuse|relecteur|relectrice|storyboarder|beatmaker|créateur lumière|créatrice lumière|consultant|consultante|modérateur|modératrice|costumier|costumière",
  de: "übersetzer|übersetzerin|fotograf|fotografin|sprecher|sprecherin|synchronsprecher|synchronsprecherin|grafiker|grafikerin|cutter|cutterin|komponist|komponistin|texter|texterin|mentor|mentorin|referent|referentin|stylist|stylistin|maskenbildner|maskenbildnerin|berater|beraterin|moderator|moderatorin|speakerin",
  it: "traduttore|traduttrice|fotografo|fotografa|doppiatore|doppiatrice|disegnatore|disegnatrice|compositore|compositrice|sceneggiatore|sceneggiatrice|animatore|animatrice|relatore|relatrice|mentor|costumista|fonico|fonica|truccatore|truccatrice|moderatore|moderatrice|consulente|scenografo|scenografa",
  nl: "vertaler|fotograaf|tekenaar|vormgever|componist|stemacteur|spreker|gastspreker|mentor|adviseur|ontwikkelaar",
  pl: "tłumacz|tłumaczka|tłumacza|fotograf|fotografka|lektor|lektorka|ilustrator|ilustratorka|rysownik|rysowniczka|montażysta|montażystka|kompozytor|kompozytorka|mentor|mentorka|mentora|mentorów|producentów|grafików|prelegent|prelegentka",
  tr: `(?:çevirmen|fotoğrafçı|editör|yönetmen|grafiker|ressam|mentor|konuşmacı|senarist)${TR_NOT_SELF}`,
  id: "penerjemah|fotografer|narasumber|pembicara|mentor|komposer|pengisi suara",
  ja: "翻訳者|翻訳家|カメラマン|フォトグラファー|写真家|講師|登壇|漫画家|脚本家|ゲスト",
};

// Things counted: "3 ilustraciones", "zwei Songs", "10 odcinków", "40 tane fincan", "5曲".
const PIECES: Record<Foreign, string> = {
  es: "ilustraciones|dibujos|canciones|temas|páginas|episodios|capítulos|fotos|retratos|diseños|logos|pegatinas|stickers|emotes|videos|vídeos|piezas|láminas|portadas|viñetas|tazas|cuadros|sesiones|clases|personajes|copias|ejemplares|palabras",
  pt: "ilustrações|desenhos|músicas|faixas|páginas|episódios|capítulos|fotos|retratos|artes|logos|adesivos|stickers|emotes|vídeos|peças|canecas|quadros|sessões|aulas|personagens|estampas|cópias|palavras",
  fr: "illustrations|dessins|chansons|morceaux|titres|pages|épisodes|chapitres|photos|portraits|logos|autocollants|stickers|emotes|vidéos|pièces|tasses|tableaux|séances|cours|personnages|planches|affiches|exemplaires|mots|visuels",
  de: "illustrationen|zeichnungen|songs|lieder|tracks|beats|seiten|folgen|episoden|kapitel|fotos|bilder|porträts|portraits|logos|sticker|emotes|videos|stücke|tassen|becher|sessions|figuren|charaktere|plakate|exemplare|wörter|motive",
  it: "illustrazioni|disegni|canzoni|brani|pezzi|pagine|episodi|puntate|capitoli|foto|ritratti|loghi|adesivi|sticker|emote|video|tazze|quadri|piatti|lezioni|personaggi|tavole|copie|parole",
  nl: "illustraties|tekeningen|liedjes|nummers|tracks|pagina's|afleveringen|hoofdstukken|foto's|portretten|logo's|stickers|emotes|video's|stukken|mokken|schilderijen|lessen|personages|woorden",
  pl: "ilustracje|ilustracji|rysunki|rysunków|piosenki|piosenek|utwory|utworów|numery|numerów|kawałki|kawałków|strony|stron|odcinki|odcinków|rozdziały|rozdziałów|zdjęcia|zdjęć|portrety|portretów|naklejki|naklejek|emotki|emotek|kubki|kubków|obrazy|obrazów|lekcje|lekcji|postacie|postaci|plakaty|plakatów|słów",
  tr: "tane|adet|sayfa|bölüm|şarkı|parça|illüstrasyon|çizim|fotoğraf|portre|logo|video|fincan|tabak|ders|karakter|kelime|tasarım|sticker|emote",
  id: "desain|foto|karakter|lagu|episode|ilustrasi|gambar|halaman|stiker|video|potret|logo|sesi|kata|bab|lembar|buah",
  ja: "曲|点|枚|体|話|本|個|客|作品|ページ|首",
};

// Counts in words; digits serve every language.
const NUMBER_WORDS: Record<Foreign, string> = {
  es: "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|un par de|unas|unos",
  pt: "dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|umas|uns",
  fr: "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|quelques",
  de: "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|ein paar",
  it: "due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|un paio di|alcuni|alcune",
  nl: "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|een paar",
  pl: "dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|dwanaście|kilka|parę",
  tr: "iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|birkaç",
  id: "dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa",
  ja: "",
};

const NAMED_RE = mapForeign((l) => words(NAMED[l], l));
const UNNAMED_RE = mapForeign((l) => words(UNNAMED[l], l));
const ROLES_RE = mapForeign((l) => words(ROLES[l], l));

// A number starts only where no digit, comma or point is before it (no retry from each digit of
// "1,1,1…"); one word may stand between it and the thing ("3 nuevas ilustraciones"), not a
// preposition ("3 de tus ilustraciones" is theirs).
const COUNTED_RE = mapForeign((l) => {
  const number =
    l === "ja"
      ? "(?<![0-9０-９,.])[0-9０-９][0-9０-９,]*\\s?"
      : `(?:(?<![\\p{L}\\p{N},.])\\d[\\d.,]*\\+?|${EDGE_BEFORE}(?:${NUMBER_WORDS[l]}))\\s+(?:(?!(?:de|da|do|di|del|des|du|van|von|der|z|ze|od|tus|tu|tes|tuoi|tue|twoich|senin)${EDGE_AFTER})[\\p{L}'’-]+\\s+)?`;
  const thing = l === "ja" ? `(?:${PIECES[l]})` : `(?:${PIECES[l]})${EDGE_AFTER}`;
  return new RegExp(number + thing, "giu");
});

function mapForeign(make: (language: Foreign) => RegExp): Record<Foreign, RegExp> {
  const out = {} as Record<Foreign, RegExp>;
  for (const language of Object.keys(NAMED) as Foreign[]) out[language] = make(language);
  return out;
}

function forLanguage(table: Record<Foreign, RegExp>, language?: Language): RegExp | undefined {
  return language === undefined || language === "en" ? undefined : table[language];
}

/**
 * `base` and, for a language with words of its own (`own`), those words too, second at a place:
 * one pattern per language, built once.
 */
export function withOwnWords(
  base: RegExp,
  own: (language?: Language) => RegExp | undefined,
): (language?: Language) => RegExp {
  const built = new Map<Language, RegExp>();
  return (language) => {
    const words = own(language);
    if (language === undefined || words === undefined) return base;
    let re = built.get(language);
    if (re === undefined) {
      re = new RegExp(`${base.source}|${words.source}`, base.flags);
      built.set(language, re);
    }
    return re;
  };
}

/** The language's named work words, or undefined for English and an unknown language. */
export function namedWork(language?: Language): RegExp | undefined {
  return forLanguage(NAMED_RE, language);
}

/** The language's work words in a form not named back. */
export function unnamedWork(language?: Language): RegExp | undefined {
  return forLanguage(UNNAMED_RE, language);
}

/** The language's role words. */
export function foreignRoles(language?: Language): RegExp | undefined {
  return forLanguage(ROLES_RE, language);
}

/** The language's counts of work. */
export function countedWork(language?: Language): RegExp | undefined {
  return forLanguage(COUNTED_RE, language);
}
