// Work asked of the recipient by its verb in the other template languages, as details.ts's
// ASKED_WORK hears it in English: "¿podrías diseñar…", "tu voudrais faire la musique…", "könntest
// du unser Logo überarbeiten", "zou je … ontwerpen", "narysujesz tła…", "müziğini yapar mısınız",
// "bisa gambar…", "ジャケットを描いてほしい". A verb alone ("je compose", "diseño logos") is the
// sender's own trade: only a request frame put to the reader, a "someone to", a "that you" or a
// form that asks by itself counts. Something made together ("fare qualcosa insieme", "was
// zusammen machen") is no piece of work asked.
//
// Each pattern is literal words, a frame, at most a few words between and a verb: linear.

import type { Language } from "./language.ts";
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";

type Foreign = Exclude<Language, "en">;

/** Up to `n` words between a frame and its verb, none of them "together" or "something". */
const gap = (n: number, vague: string) => `(?:\\s+(?!(?:${vague})${E})[^\\s.?!;:]+){0,${n}}?\\s+`;

interface Asking {
  /** What puts the ask to the reader: "could you", "someone to", "hast du Lust". */
  frame: string;
  /** The work verbs, in the form the frame takes (an infinitive, mostly). */
  verbs: string;
  /** How many words may stand between (German and Dutch put the verb last). */
  between: number;
  /** Words that make it something done together, or nothing in particular. */
  vague: string;
  /** Forms that ask by themselves: "harías", "narysujesz", "que tu composes". */
  direct?: string;
}

const ASKING: Record<Exclude<Foreign, "tr" | "ja">, Asking> = {
  es: {
    frame:
      "podr[ií]as|puedes|pod[ée]s|podr[ií]a|quieres|quer[ée]s|querr[ií]as|te animas a|te anim[áa]s a|te gustar[ií]a|te interesar[ií]a|te apetece|te sumas a|te unes a|te apuntas a|le gustar[ií]a|le interesar[ií]a|estar[ií]as dispuest[oa] a|alguien (?:que (?:me |nos )?pueda|para)|contratarte para|encargarte",
    verbs:
      "(?:dise[ñn]ar|redise[ñn]ar|dibujar|ilustrar|pintar|producir|mezclar|masterizar|editar|grabar|componer|escribir|traducir|animar|fotografiar|programar|desarrollar|maquetar|corregir|doblar|narrar|locutar|conducir|presentar|moderar|mapear|tocar|cantar|tatuar|crear|dar(?=\\s+(?:un|una)\\s+(?:taller|charla|curso|clase|concierto|masterclass|ponencia)(?![\\p{L}\\p{N}]))|hacer(?!(?:me|nos|lo|la)?\\s+(?:algo|juntos|juntas|un directo|una colab|una llamada|una videollamada)))(?:me|nos|le|les|lo|la|los|las)?",
    between: 1,
    vague: "juntos|juntas|algo|conmigo",
    direct:
      "har[ií]as|dise[ñn]ar[ií]as|dibujar[ií]as|ilustrar[ií]as|pintar[ií]as|producir[ií]as|mezclar[ií]as|grabar[ií]as|compondr[ií]as|escribir[ií]as|traducir[ií]as|animar[ií]as|que (?:t[úu] |usted )?(?:me |nos |la |lo |le )?(?:dise[ñn]es|dibujes|ilustres|pintes|produzcas|mezcles|edites|grabes|compongas|escribas|traduzcas|animes|hagas|dieras|hicieras|dise[ñn]aras|pintaras|compusieras|escribieras|grabaras|fueras|dise[ñn]e|dibuje|ilustre|pinte|produzca|componga|escriba|traduzca|diera|hiciera|fuera)",
  },
  pt: {
    frame:
      "poderia|pode|podia|consegue|toparia|topa|aceitaria|gostaria de|quer|d[áa] pra|daria pra|tem como|algu[ée]m (?:pra|para|que)|te (?:contratar|convidar) (?:pra|para)|(?:contratar|convidar) (?:voc[êe]|vc) (?:pra|para)",
    verbs:
      "(?:desenhar|ilustrar|projetar|pintar|produzir|mixar|masterizar|editar|gravar|compor|escrever|traduzir|animar|fotografar|programar|desenvolver|criar|tocar|cantar|dublar|narrar|apresentar|palestrar|mediar|moderar|liderar|tatuar|costurar|fazer(?!\\s+(?:algo|alguma coisa|um som junt|uma live|uma parceria|parceria|junt|uma call|uma chamada|uma liga[çc][ãa]o)))",
    between: 1,
    vague: "junto|juntos|juntas|algo|comigo",
    direct:
      "que (?:me |nos )?(?:fizesses|fizesse|fizessem)|que (?:voc[êe]|vc|tu) (?:me |nos )?(?:componha|desenhe|fa[çc]a|ilustre|pinte|produza|grave|escreva|traduza|edite|crie|toque|cante|seja)",
  },
  fr: {
    frame:
      "pourrais|pourrais-tu|peux-tu|tu peux|voudrais|voudrais-tu|accepterais de|accepterais-tu de|(?:[çc]a|cela) (?:te|vous) dirait de|serais (?:partant|partante|chaud|chaude|dispo|disponible) pour|pourriez|pourriez-vous|voudriez-vous|accepteriez-vous de|seriez-vous (?:partant|partante|disponible) pour|tu viendrais|viendrais-tu|vous viendriez|viendriez-vous|quelqu['’]un (?:pour|qui (?:puisse|pourrait))|t['’]engager pour|vous engager pour|(?:t['’]|vous )inviter (?:à|a)",
    verbs:
      "(?:dessiner|illustrer|concevoir|designer|cr[ée]er|r[ée]aliser|peindre|produire|mixer|masteriser|monter|[ée]diter|enregistrer|composer|[ée]crire|r[ée]diger|traduire|animer|photographier|shooter|programmer|d[ée]velopper|coder|doubler|pr[ée]senter|mod[ée]rer|jouer|chanter|relire|corriger|refaire|donner|encadrer|faire(?!\\s+(?:un truc|quelque chose|qqch|ensemble|une collab|un son ensemble|un appel|un call|un devis|connaissance)))",
    between: 1,
    vague: "ensemble|quelque|truc",
    direct:
      "que (?:tu|vous) (?:me |nous |la |le |les )?(?:composes|dessines|illustres|cr[ée]es|r[ée]alises|peignes|produises|mixes|montes|enregistres|[ée]crives|r[ée]diges|traduises|animes|fasses|photographies|joues|chantes|relises|pr[ée]sentes|composiez|dessiniez|illustriez|cr[ée]iez|r[ée]alisiez|produisiez|montiez|enregistriez|[ée]criviez|r[ée]digiez|traduisiez|animiez|fassiez|jouiez|pr[ée]sentiez)",
  },
  de: {
    frame:
      "k[öo]nntest du|kannst du|w[üu]rdest du|magst du|m[öo]chtest du|willst du|h[äa]ttest du lust|hast du lust|lust|bock|k[öo]nnten sie|w[üu]rden sie|m[öo]chten sie|h[äa]tten sie (?:lust|interesse)|jemand(?:en)?,? (?:der|die) (?:uns |mir )?",
    verbs:
      "(?:zu )?(?:gestalten|entwerfen|designen|zeichnen|illustrieren|malen|produzieren|mischen|mixen|mastern|schneiden|bearbeiten|[üu]berarbeiten|aufnehmen|einsprechen|komponieren|schreiben|texten|[üu]bersetzen|animieren|fotografieren|programmieren|entwickeln|bauen|moderieren|[üu]bernehmen|spielen|singen|auflegen|lektorieren|korrigieren|erstellen|machen)",
    between: 7,
    vague: "zusammen|was|etwas|gemeinsam|mit",
    direct:
      "(?:zeichnest|malst|gestaltest|entwirfst|illustrierst|fotografierst|produzierst|schneidest|komponierst|stichst|n[äa]hst|programmierst) du",
  },
  it: {
    frame:
      "potresti|puoi|(?:ti )?andrebbe di|ti va di|ti piacerebbe|vorresti|vuoi|saresti (?:disponibile|interessat[oa]) a|le andrebbe di|potrebbe|sarebbe disponibile a|qualcuno (?:che (?:ci |mi )?possa|per)|(?:ingaggiarti|assumerti|coinvolgerti) per",
    verbs:
      "(?:disegnare|illustrare|progettare|dipingere|produrre|mixare|masterizzare|montare|editare|registrare|comporre|scrivere|tradurre|animare|fotografare|programmare|sviluppare|creare|realizzare|condurre|presentare|moderare|suonare|cantare|doppiare|curare|fare(?!(?:mi|ci)?\\s+(?:qualcosa|insieme|una live|una chiacchierata|due chiacchiere|una call|una chiamata|una videochiamata)))(?:mi|ci|gli|le|lo|la|li|ne)?",
    between: 1,
    vague: "insieme|qualcosa",
    direct:
      "disegneresti|faresti|illustreresti|produrresti|mixeresti|comporresti|scriveresti|tradurresti|realizzeresti|suoneresti|canteresti|condurresti|fotograferesti|progetteresti|commissionar(?:ti|le|vi)|che tu (?:mi |ci )?(?:disegni|faccia|componga|scriva|realizzi|produca|illustri)",
  },
  nl: {
    frame:
      "zou je|zou jij|kun je|kan je|kun jij|kan jij|wil je|wil jij|wilt u|zou u|kunt u|zin om|iemand (?:die|om)",
    verbs:
      "(?:te )?(?:ontwerpen|tekenen|illustreren|schilderen|produceren|mixen|masteren|monteren|bewerken|opnemen|inspreken|componeren|schrijven|vertalen|animeren|fotograferen|programmeren|ontwikkelen|bouwen|maken|presenteren|modereren|draaien|spelen|zingen|optreden|hosten|redigeren|toevoegen|doen)",
    between: 7,
    vague: "samen|iets|wat|eens|mee|kennis",
    direct: "(?:teken|ontwerp|schilder|fotografeer|maak|doe) je ook",
  },
  pl: {
    frame:
      "m[óo]g[łl]by[śs]|mog[łl]aby[śs]|mo[żz]esz|m[óo]g[łl]by pan|mog[łl]aby pani|mogliby[śs]cie|chcia[łl]by[śs]|chcia[łl]aby[śs]|da[łl]by[śs] rad[ęe]|da[łl]aby[śs] rad[ęe]|podj[ąa][łl]by[śs] si[ęe]|podj[ęe][łl]aby[śs] si[ęe]",
    verbs:
      "(?:zaprojektowa[ćc]|narysowa[ćc]|zilustrowa[ćc]|namalowa[ćc]|wyprodukowa[ćc]|zmiksowa[ćc]|zmasterowa[ćc]|zmontowa[ćc]|nagra[ćc]|skomponowa[ćc]|napisa[ćc]|przet[łl]umaczy[ćc]|zanimowa[ćc]|sfotografowa[ćc]|zaprogramowa[ćc]|stworzy[ćc]|zagra[ćc]|za[śs]piewa[ćc]|poprowadzi[ćc]|zrobi[ćc](?!\\s+(?:co[śs]|razem|wsp[óo]lnie)))",
    between: 1,
    vague: "razem|co[śs]|wsp[óo]lnie",
    direct:
      "(?:kogo[śs],? (?:kto|do|[żz]eby)|kogo[śs] do) (?:by )?(?:zaprojektowa\\p{L}*|narysowa\\p{L}*|zilustrowa\\p{L}*|nagra\\p{L}*|zmiksowa\\p{L}*|zrobienia|napisa\\p{L}*|przet[łl]umacz\\p{L}*|zmontowa\\p{L}*|skomponowa\\p{L}*)|narysujesz|zaprojektujesz|nagrasz|zmiksujesz|napiszesz|skomponujesz|zilustrujesz|namalujesz|przet[łl]umaczysz|zagrasz|zmontujesz|zrobisz(?!\\s+(?:co[śs]|razem))|zrobi[łl](?:a)?by[śs](?!\\s+(?:co[śs]|razem))|[żz]eby[śs]\\s+(?:(?:nam|mi)\\s+)?(?:zrobi[łl]a?|narysowa[łl]a?|nagra[łl]a?|napisa[łl]a?|zaprojektowa[łl]a?)(?!\\s+(?:co[śs]|razem))|zam[óo]wi[ćc] u (?:ciebie|pana|pani)",
  },
  id: {
    frame:
      "(?<!(?:kami|aku|saya|gue|gw|kita|ku)\\s)(?:(?:bisa|bisakah|maukah|boleh|tolong|sanggup)(?:\\s+(?:gak|ga|nggak|tidak|kak|kakak|dong|tolong|bantu))?|mau\\s+(?:gak|ga|nggak)|(?=mau)(?<=(?:^|[^\\p{L}\\p{N}])(?:kak|kakak|mas|mbak|bang|bro)\\s*,?\\s+)mau)",
    verbs:
      "(?:desain|mendesain|gambar|menggambar|ilustrasikan|melukis|lukis|produksi|produserin|mixing|edit|ngedit|mengedit|rekam|aransemen|bikin(?!\\s+(?:sesuatu|konten bareng|kolab))|buat(?!\\s+(?:sesuatu|kolab))|membuat|menulis|nulis|tulis|terjemahkan|menerjemahkan|foto|motret|isi|mengisi|ngisi|nyanyi|rajut|jahit|tato|tampil|manggung|dikontrak|jadi(?=\\s+(?:host|mc|pembicara|juri|model|bintang tamu|narasumber|moderator)(?![\\p{L}\\p{N}])))",
    between: 0,
    vague: "bareng|sesuatu",
    direct: "gambarin|bikinin|buatin|fotoin|editin|rekamin|desainin|tulisin|terjemahin|nyanyiin",
  },
};

// Turkish asks with the verb's own endings: "yapar mısınız", "çizebilir misin", "yapıyor musun"
// (do you do…), "tasarlamak ister misin", "yapmanızı isteriz" (any ending on "iste-"). Not
// "yapalım mı" (shall we).
const TR_STEMS =
  "yap|çiz|ciz|tasarla|boya|üret|kurgula|düzenle|kaydet|bestele|yaz|çevir|canlandır|programla|geliştir|çal|seslendir|hazırla|çek|sun|yönet";
// The work or the part named: "jüri üyesi olur musunuz" (not "müsait olur musunuz"), "müzik
// lazım", "programcı arıyoruz" (not "iş arıyorum", nor "netleşmemiz gerekiyor": we need to).
const TR_NAMED = `(?!(?:müsait|musait|uygun|ilgili|hazır|hazir|istekli|açık|acik)\\s)\\p{L}{3,}\\s+ol(?:ur|abilir)\\s+m[ıiuü]s[ıiuü]n(?:[ıiuü]z)?|(?!(?:para|bütçe|butce|zaman|cevap|bilgi|iş|is|proje|fırsat|firsat|ortak)\\s)\\p{L}{3,}(?<!m[ae](?:m[ıi]z|k|n[ıi]z|s[ıi]))\\s+(?:lazım|lazim|gerekiyor|ar[ıi]yor(?:uz|um))`;
const TURKISH = new RegExp(
  `${B}(?:(?:${TR_STEMS})(?:\\p{L}{0,6}\\s+m[ıiuü]s[ıiuü]n(?:[ıiuü]z)?|\\p{L}{0,3}m[ae]k\\s+ister\\s+mi|m[ae]n(?:[ıi]z)?[ıi]\\s+ist\\p{L}*)|${TR_NAMED})${E}`,
  "iu",
);

// Japanese asks with "…てほしい", "…ていただけ…", "…をお願い…" after the work, or "…を（ドット絵で）
// お願いできないでしょうか" (not "ご検討をお願いできれば": a reply asked, no work).
const JAPANESE =
  /(?:描いて|作って|作曲して|編曲して|作詞して|書いて|撮って|撮影して|デザインして|歌って|演奏して|ミックスして|翻訳して|制作して|担当して|監修して|参加して|出て|入って|乗せて|協力して|作成して|設計して|編集して|出演して|登壇して|手伝って|お手伝い)(?:ほしい|欲しい|いただけ|いただき|頂け|頂き|もらえ|もらい|くださ|くれ)|(?:制作|作曲|編曲|作詞|撮影|翻訳|監修|執筆|演奏|出演|登壇|担当)(?:いただけ|頂け|いただき|頂き)|(?:制作|作曲|編曲|作詞|デザイン|設計|イラスト|ジャケット|ロゴ|撮影|出演|翻訳|監修|執筆|ミックス|マスタリング|演奏|司会|登壇|講演|ナレーション|作画|アートワーク|挿絵|表紙|BGM|楽曲|動画|編集|作成)(?:を|の)(?:ご|お)?(?:お願い|依頼)|(?:\p{Script=Katakana}|\p{Script=Han}|ー){2,12}(?<!検討|返信|連絡|確認|相談)(?:を|も)[^。！？!?\n]{0,8}?(?:ご|お)?(?:お願いでき|依頼でき)/u;

const BUILT = new Map<Foreign, RegExp>();
for (const [language, a] of Object.entries(ASKING) as Array<[Foreign, Asking]>) {
  const framed = `(?:${a.frame})${gap(a.between, a.vague)}${a.verbs}`;
  const source = a.direct ? `${framed}|${a.direct}` : framed;
  BUILT.set(language, new RegExp(`${B}(?:${source})${E}`, "iu"));
}
BUILT.set("tr", TURKISH);
BUILT.set("ja", JAPANESE);

// Work asked by its noun after a want: "je voudrais un portrait", "quiero un logo", "ich hätte
// gern ein Cover", "vorrei un ritratto", "queria uma ilustração", "chciałbym plakat", "bir logo
// istiyorum", "saya mau desain logo", "ポートレートをお願いしたい". Only a piece of work is heard
// ("quiero una llamada" asks none), with at most an article and one word before it.
interface NounAsk {
  /** "I would like", "I need", "we are looking for", in the sender's words. */
  want: string;
  /** Articles and possessives that may come between. */
  article: string;
  /** Pieces of work, in the form the want takes. */
  nouns: string;
}

const NOUN_ASKS: Record<Exclude<Foreign, "tr" | "ja" | "id">, NounAsk> = {
  fr: {
    want: "je voudrais|j'aimerais|j’aimerais|je veux|je cherche|il me faudrait|il me faut|on voudrait|on aimerait|on cherche|nous voudrions|nous aimerions|nous cherchons|besoin d'|besoin d’",
    article: "un|une|des|d'|d’|mon|ma|notre",
    nouns:
      "portrait|logo|illustration|affiche|couverture|pochette|dessin|tableau|fresque|tatouage|jingle|clip|montage|mixage|mastering|site web|site|bannière|flyer|faire-part|mascotte|emote|identité visuelle|charte graphique|traduction|séance photo|shooting|caricature|avatar|personnage|autocollant|sticker|sculpture|bande-annonce|générique",
  },
  es: {
    want: "quiero|quisiera|querr[ií]a|me gustar[ií]a|necesito|necesitamos|busco|buscamos|queremos|quer[ií]amos",
    article: "un|una|unos|unas|mi|nuestro|nuestra",
    nouns:
      "retrato|logo|logotipo|ilustraci[óo]n|p[óo]ster|cartel|portada|dibujo|cuadro|mural|tatuaje|jingle|videoclip|mezcla|p[áa]gina web|web|banner|flyer|invitaci[óo]n|mascota|emote|identidad visual|traducci[óo]n|sesi[óo]n de fotos|caricatura|avatar|personaje|pegatina|sticker|escultura|tr[áa]iler|intro",
  },
  pt: {
    want: "queria|quero|gostaria de|preciso de|precisamos de|procuro|procuramos|queremos|quer[ií]amos",
    article: "um|uma|uns|umas|meu|minha|nosso|nossa",
    nouns:
      "retrato|logo|logotipo|ilustra[çc][ãa]o|p[ôo]ster|cartaz|capa|desenho|quadro|mural|tatuagem|jingle|clipe|videoclipe|mixagem|site|banner|flyer|convite|mascote|emote|identidade visual|tradu[çc][ãa]o|ensaio fotogr[áa]fico|caricatura|avatar|personagem|adesivo|sticker|escultura|trailer|vinheta",
  },
  de: {
    want: "ich h[äa]tte gerne?|ich br[äa]uchte|wir br[äa]uchten|br[äa]uchten|ich m[öo]chte|ich will|ich brauche|ich suche|wir brauchen|wir h[äa]tten gerne?|wir m[öo]chten|wir suchen|suche",
    article: "ein|eine|einen|neue|neuen|neues|unser|unsere|unseren",
    nouns:
      "portr[äa]t|portrait|logo|illustration|poster|plakat|cover|albumcover|zeichnung|gem[äa]lde|wandbild|tattoo|jingle|musikvideo|website|webseite|banner|flyer|einladung|maskottchen|emote|corporate design|[üu]bersetzung|fotoshooting|karikatur|avatar|sticker|skulptur|trailer|intro",
  },
  it: {
    want: "vorrei|voglio|mi serve|ci serve|mi servono|ci servono|mi servirebbero|ci servirebbero|mi servirebbe|ci servirebbe|cerco|cerchiamo|avrei bisogno di|avremmo bisogno di|vorremmo",
    article: "un|una|uno|un'|un’|il mio|la mia|il nostro|la nostra",
    nouns:
      "ritratto|logo|illustrazione|poster|locandina|copertina|disegno|quadro|murale|tatuaggio|jingle|videoclip|montaggio|sito web|sito|banner|volantino|invito|mascotte|emote|traduzione|servizio fotografico|caricatura|avatar|personaggio|adesivo|sticker|scultura|trailer|sigla",
  },
  nl: {
    want: "ik zoek|wij zoeken|we zoeken|ik wil graag|ik wil|wij willen|we willen|ik zou graag",
    article: "een|nieuwe|nieuw|ons|onze",
    nouns:
      "portret|logo|illustratie|poster|affiche|cover|hoes|tekening|schilderij|muurschildering|tattoo|tatoeage|jingle|videoclip|website|banner|flyer|uitnodiging|mascotte|emote|vertaling|fotoshoot|karikatuur|avatar|sticker|trailer|intro",
  },
  pl: {
    want: "chcia[łl](?:a)?bym|chc[ęe]|chcemy|chcieliby[śs]my|chcia[łl]yby[śs]my|potrzebuj[ęe]|potrzebujemy|szukam|szukamy|zam[óo]wi[ćc]",
    article: "nowy|now[ąa]|nowe|jaki[śs]|jak[ąa][śs]",
    nouns:
      "portret|logo|ilustracj[ęei]|plakat|ok[łl]adk[ęi]|rysun(?:ek|ku)|obraz|mural|tatua[żz]|d[żz]ingiel|teledysk|stron[ęy] internetow[ąej]+|stron[ęy]|baner|ulotk[ęi]|zaproszeni[ae]|maskotk[ęi]|emotk[ęi]|t[łl]umaczeni[ae]|sesj[ęi] zdj[ęe]ciow[ąej]+|karykatur[ęy]|awatar|naklejk[ęi]|rze[źz]b[ęy]|zwiastun|intro",
  },
};

/** The pieces of work a want asks for in the language ("portada", "affiche"), or "" for none. */
export function pieceNouns(language: Language): string {
  return NOUN_ASKS[language as keyof typeof NOUN_ASKS]?.nouns ?? "";
}

// Nouns first, then the want: "bir logo istiyorum", "afiş lazım", "kapak tasarımı arıyoruz".
const TR_NOUN_ASK = new RegExp(
  `${B}(?:bir\\s+)?(?:portre|logo|illüstrasyon|poster|afiş|kapak|çizim|tablo|duvar resmi|dövme|jingle|klip|web sitesi|site|banner|davetiye|maskot|emote|çeviri|fotoğraf çekimi|karikatür|avatar|sticker|heykel|fragman|intro)\\p{L}{0,4}(?:\\s+tasarım\\p{L}{0,3})?\\s+(?:istiyorum|istiyoruz|isterim|isteriz|lazım|gerekiyor|arıyorum|arıyoruz)${E}`,
  "iu",
);

// "saya mau desain logo", "butuh ilustrasi", "cari fotografer": a want, then the work.
const ID_NOUN_ASK = new RegExp(
  `${B}(?:mau|ingin|pengen|pingin|butuh|perlu|cari|nyari|pesan)\\s+(?:desain\\s+(?:logo|poster|kemasan|karakter|sampul|cover|banner|undangan|kaos|maskot)|logo|potret|ilustrasi|poster|sampul|lukisan|mural|tato|jingle|video klip|website|banner|undangan|maskot|emote|terjemahan|karikatur|avatar|stiker|patung|trailer)${E}`,
  "iu",
);

// Japanese names the work, then asks: "ポートレートをお願いしたい", "アイコンが欲しい".
const JA_NOUN_ASK =
  /(?:ポートレート|似顔絵|肖像画|アイコン|ポスター|カバー|バナー|サムネイル|立ち絵|キャラクターデザイン|ジングル|テーマソング|ジャケ写|ロゴ|イラスト|挿絵|表紙)(?:を|が)(?:ご|お)?(?:お願い|依頼|欲しい|ほしい)/u;

const NOUN_BUILT = new Map<Foreign, RegExp>();
for (const [language, a] of Object.entries(NOUN_ASKS) as Array<[Foreign, NounAsk]>) {
  // "un nouveau logo", "una portada", "d'un site": the article glued on after an apostrophe.
  const source = `(?:${a.want})\\s*(?:(?:${a.article})\\s*)?(?:[\\p{L}-]+\\s+)?(?:${a.nouns})`;
  NOUN_BUILT.set(language, new RegExp(`${B}(?:${source})${E}`, "iu"));
}
NOUN_BUILT.set("tr", TR_NOUN_ASK);
NOUN_BUILT.set("id", ID_NOUN_ASK);
NOUN_BUILT.set("ja", JA_NOUN_ASK);

// "un tema conmigo", "un son avec moi": made with the sender, which details.ts's JOINT does not say.
const WITH_ME =
  /(?<![\p{L}\p{N}])(?:conmigo|comigo|avec moi|mit mir|con me|met mij|ze mn[ąa]|benimle|denganku)(?![\p{L}\p{N}])/iu;

/**
 * They ask the recipient for a piece of work by its verb, or by its noun after a want, in their
 * own language.
 */
export function asksForWork(text: string, language?: Language): boolean {
  if (language === undefined || language === "en") return false;
  const asked =
    (BUILT.get(language)?.test(text) ?? false) || (NOUN_BUILT.get(language)?.test(text) ?? false);
  return asked && !WITH_ME.test(text);
}
