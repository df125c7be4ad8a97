// An offer that already says what the sender would do ("I'd edit your next 4 episodes", "I could
// take over issue triage", "te hago el logo", "zrobię lokalizację", "MV、担当させてもらえませんか")
// is not asked "what exactly would you do" back: the reply asks only what it still leaves out.
//
// Read only once offersService has said it is an offer. A first person with a verb of the work
// and something after it counts; help, a collaboration, a quote or a call ("I'd love to help with
// the game", "me encantaría colaborar", "can I send you a quote?") says no work. Every pattern is a
// bounded sequence of steps from a word, so the time stays linear in the text.
import type { Language } from "./language.ts";
import {
  EN_WORK,
  END,
  PT_DO_FOR_YOU,
  pitches,
  pitchSpan,
  START,
  TAKE_ON,
  TR_WORK,
  WORD,
} from "./offer.ts";

// "I'd", "I could", "I'll", "how about I", "I'd love to", "I'm happy to", "want me to".
const EN_I = `(?:how\\s+about\\s+i|i(?:\\s+(?:can|could|would|will)|['’](?:d|ll))(?:\\s+(?:really|totally|definitely|also|gladly|happily))?(?:\\s+(?:love|like|be\\s+(?:happy|glad|keen)|offer)\\s+to)?|i['’]m\\s+(?:happy|glad|keen)\\s+to|(?:want|would\\s+you\\s+like)\\s+me\\s+to)`;
// The work, followed by what it is done to: not "make it" (a date), "contribute to", "set up a call".
const EN_DONE = `(?:(?:(?:${EN_WORK}|redo|pitch|track|do|contribute|help\\s+(?:maintain|${EN_WORK}))${END}(?!\\s+(?:with|to|together|(?:a\\s+)?(?:call|meeting|chat))${END})|(?:make|create)${END}(?!\\s+it${END})|take\\s+on|open\\s+a\\s+(?:pr|pull))\\s+${WORD}|take\\s+(?:it|this|that)\\s+on${END})`;

const SAID = new RegExp(
  [
    `${START}${EN_I}\\s+${EN_DONE}`,
    TAKE_ON,
    // Spanish: "podría editar tus vídeos", "puedo encargarme de la música", "te hago el logo".
    `${START}(?:puedo|podría|podria|me\\s+encantar[ií]a|me\\s+gustar[ií]a|estar[ií]a\\s+encantad[oa]\\s+de|me\\s+ofrezco\\s+(?:a|para))\\s+(?:editar|montar|diseñar|rediseñar|crear|hacer|componer|traducir|mezclar|animar|ilustrar|producir|desarrollar|programar|escribir|mantener|grabar|mejorar|encargarme\\s+de)(?:te|le|lo|la|los|las)?\\s+(?!una\\s+(?:pregunta|consulta)|llegar)${WORD}`,
    `${START}(?:te|le|os)\\s+(?:lo\\s+|la\\s+)?hago\\s+(?:el|la|los|las|un|tu|tus|su|sus)${END}`,
    // Portuguese: "posso traduzir em troca de créditos", "adoraria editar seus vídeos", "faço por".
    `${START}(?:eu\\s+)?(?:posso|poderia|adoraria|gostaria\\s+de|ficaria\\s+feliz\\s+em|me\\s+ofereço\\s+para)\\s+(?:te\\s+|lhe\\s+)?(?:editar|criar|fazer|compor|traduzir|localizar|mixar|masterizar|animar|ilustrar|desenhar|produzir|desenvolver|programar|escrever|manter|redesenhar|gravar|melhorar|revisar|legendar|dublar)\\s+${WORD}`,
    PT_DO_FOR_YOU,
    // French: "je pourrais monter tes vidéos", "je peux faire ça pour 2 000€", "j'adorerais
    // m'occuper de la version allemande" (not "je peux vous faire un devis").
    `${START}(?:je\\s+(?:peux|pourrais|voudrais|souhaiterais|aimerais|serais\\s+(?:ravie?|heureux|heureuse)\\s+de|me\\s+propose\\s+de|propose\\s+de)|j['’](?:aimerais|adorerais))\\s+(?:te\\s+|vous\\s+)?(?:monter|éditer|créer|faire|composer|traduire|localiser|mixer|animer|illustrer|produire|développer|coder|écrire|maintenir|refaire|repenser|concevoir|améliorer|réaliser|dessiner|m['’]occuper\\s+d${WORD})\\s+(?!(?:un|une|mon|mes)\\s+(?:devis|appel|prix|tarif))${WORD}`,
    // German: "ich würde euch gern ein neues Intro komponieren", "ich könnte deine Videos schneiden".
    `${START}ich\\s+(?:kann|könnte|würde|möchte)\\s+(?:(?:dir|ihnen|euch)\\s+)?(?:(?:gern|gerne|sehr|auch)\\s+){0,2}(?:${WORD}\\s+){1,4}?(?:schneiden|bearbeiten|gestalten|designen|überarbeiten|erstellen|komponieren|übersetzen|mischen|mixen|abmischen|mastern|animieren|illustrieren|produzieren|entwickeln|programmieren|schreiben|pflegen|betreuen|übernehmen|verbessern|lektorieren|vertonen|einsprechen|zeichnen)${END}`,
    // Italian: "potrei montare i tuoi video", "posso farti il logo", "te lo faccio per 200€".
    `${START}(?:potrei|posso|mi\\s+piacerebbe|sarei\\s+(?:felice|content[oa])\\s+di|mi\\s+offro\\s+di)\\s+(?:montare|editare|creare|comporre|tradurre|mixare|animare|illustrare|produrre|sviluppare|programmare|scrivere|mantenere|ridisegnare|progettare|migliorare|disegnare)(?:ti|le|vi)?\\s+${WORD}`,
    `${START}(?:posso|potrei)\\s+(?:farti|farle|farvi)\\s+(?!una\\s+domanda|sapere|vedere)${WORD}|${START}(?:te|ve|glie)\\s+lo\\s+faccio${END}`,
    // Dutch: "ik zou je video's kunnen monteren", "ik kan je een logo maken".
    `${START}ik\\s+(?:kan|zou|wil)\\s+(?:(?:je|jou|u|jullie)\\s+)?(?:(?:graag|ook|best|wel)\\s+){0,2}(?:${WORD}\\s+){1,4}?(?:kunnen\\s+)?(?:monteren|bewerken|editen|ontwerpen|herontwerpen|vertalen|mixen|masteren|animeren|illustreren|produceren|ontwikkelen|programmeren|schrijven|onderhouden|overnemen|verbeteren|tekenen|bouwen)${END}`,
    `${START}ik\\s+(?:kan|zou|wil)\\s+(?:je|jou|u|jullie)\\s+(?:(?:graag|ook|best|wel)\\s+){0,2}(?:een|de|het)\\s+(?:${WORD}\\s+){0,3}?maken${END}`,
    // Polish: "chętnie napisałbym teksty", "zrobię lokalizację za 1500 zł", "mogę przetłumaczyć".
    `${START}chętnie\\s+(?:(?:to|ci|wam|panu|pani|bym)\\s+){0,2}(?:zrobię|przetłumaczę|zmontuję|zaprojektuję|narysuję|napiszę|zmiksuję|stworzę|przygotuję|zrobiłbym|zrobiłabym|napisałbym|napisałabym|przetłumaczyłbym|przetłumaczyłabym|zmontowałbym|zmontowałabym|zaprojektowałbym|zaprojektowałabym|narysowałbym|narysowałabym|zająłbym\\s+się|zajęłabym\\s+się|zajmę\\s+się)${END}`,
    `${START}(?:zrobię|przetłumaczę|zmontuję|zaprojektuję|narysuję|zmiksuję|stworzę|przygotuję)\\s+(?:${WORD}\\s+){0,3}?za\\s+(?:darmo|\\d|procent|free)`,
    `${START}(?:mogę|mógłbym|mogłabym|chciałbym|chciałabym)\\s+(?:(?:ci|wam|panu|pani|państwu|to)\\s+)?(?:zrobić|przetłumaczyć|zmontować|zaprojektować|przeprojektować|narysować|zmiksować|stworzyć|zlokalizować|skomponować|napisać|wyprodukować|zanimować|zilustrować)(?!\\s+(?:przelew|brief|wpłat|zamówieni))${END}`,
    // Turkish: "videolarını düzenleyebilirim", "sana özel bir SFX paketi yapmak isterim".
    `(?<!(?:ödemeyi|ödeme|havaleyi|havale|transferi|bağışı)\\s)${START}(?:(?:${TR_WORK})(?:ye|ya|e|a)bilirim|yapabilirim|hazırlayabilirim|çizebilirim|yazabilirim|çekebilirim|kurgulayabilirim|moderasyon\\p{L}*\\s+girebilirim)${END}`,
    `${START}(?:sana|size)\\s+(?:${WORD}\\s+){0,4}?(?:yapmak|hazırlamak|çizmek|yazmak|kurgulamak)\\s+isterim${END}`,
    // Indonesian: "saya bisa edit video kamu", "kalau butuh asisten flat color aku bisa".
    `${START}(?:saya|aku|gue|gw)\\s+(?:bisa|dapat|mau|ingin|siap|bersedia|senang)\\s+(?:mengedit|edit|mendesain|desain|membuat(?:kan)?|bikin(?:in)?|menerjemahkan|menggambar(?:kan)?|mengerjakan|merawat|memperbaiki|mixing|buatin|kerjain|gambarin|editin|desainin|terjemahin)\\s+${WORD}`,
    `${START}(?:kalau|kalo|jika|kl)\\s+(?:kakak\\s+|kamu\\s+|anda\\s+|kak\\s+)?(?:butuh|perlu)\\s+(?:${WORD}\\s+){1,4}?(?:saya|aku|gue|gw)\\s+(?:bisa|siap|mau)${END}`,
    // Japanese: "MV、担当させてもらえませんか", "歌詞を書かせてもらえないか", "ラフを1案無料で作ります".
    `担当させて(?:いただ|もらえ|ください|ほしい)|(?:描か|作ら|書か)せて(?:いただ|もらえ|ください|ほしい)|お作り(?:します|いたします|できます)|(?:無料|タダ|格安)で[^。！？!?\\n]{0,12}?(?:作ります|作成します|制作します|描きます|お作り)|(?:編集|デザイン|翻訳|作曲|ミックス|イラスト|動画編集|ローカライズ)(?:を)?(?:させて(?:いただけ|ください|もらえ)|お引き受け)`,
  ].join("|"),
  "iu",
);

/** An offer that says the work the sender would do, not only that they would help. */
export function saysWhatTheyDo(text: string): boolean {
  // A pitch says its work in saying what they do: "compongo bandas sonoras para juegos".
  return SAID.test(text) || pitches(text);
}

// What a pitch's verb takes, named back as the work offered: up to three words after the verb
// ("compongo bandas sonoras para juegos", "je compose des bandes originales pour…"), cut where a
// preposition or a conjunction starts what the work is for; in Turkish the word before the verb
// ("müzik besteliyorum"); in Japanese what stands before "を" ("ゲーム音楽を作曲しています").
const OBJECT_ENDS =
  "for|to|and|or|with|in|on|at|of|para|por|pra|y|e|o|con|com|em|en|de|del|da|do|dla|pour|et|ou|avec|à|au|aux|für|und|oder|mit|per|ed|voor|met|van|i|lub|z|ze|na|buat|untuk|dan|atau|sama|dengan|di";
const OBJECT_AFTER = new RegExp(
  `^(?:(?:des|du|de\\s+la|d['’])\\s*)?(${WORD}(?:\\s+(?!(?:${OBJECT_ENDS})${END})${WORD}){0,2})`,
  "iu",
);
const OBJECT_BEFORE_TR = /([\p{L}]{3,})\s+\p{L}+$/u;
const OBJECT_BEFORE_JA = /([\p{Script=Katakana}\p{Script=Han}ー・]{1,12})を$/u;

/** The work a pitch says they do ("bandas sonoras"), if it names it. */
export function pitchedWork(text: string, language?: Language): string | undefined {
  const span = pitchSpan(text);
  if (span === undefined) return undefined;
  const said = text.slice(span.start, span.end);
  if (language === "ja") return OBJECT_BEFORE_JA.exec(text.slice(0, span.start))?.[1];
  if (language === "tr") return OBJECT_BEFORE_TR.exec(said.trim())?.[1];
  // The pitch's match ends on the first letter of what the verb takes.
  const object = OBJECT_AFTER.exec(text.slice(span.end - 1, span.end + 60))?.[1];
  return object?.replace(/['’-]+$/u, "");
}
