// Their brief came along: a concrete collaboration that links or attaches what a brief would
// say (a brief, a job description, a spec, a script, a moodboard, "details here 👉") is thanked
// for it rather than asked for a short brief. A link to their own portfolio, shop or channel is
// no brief, whatever words stand near it.
import { linksIn } from "./links.ts";
import { ATTACHED, noteFiles } from "./sent.ts";
import { WORD_START as B, WORD_END as E, LETTERS as L } from "./word-edges.ts";

// What a brief is called in the template languages. Not "docs" (their product's docs), not a
// bare "deck" (a tarot or a skate deck), not "for reference" (last year's poster, their shop).
// Turkish endings follow the stem ("detaylar", "brief'imiz"); Japanese has no word boundaries.
const BRIEF_WORD = new RegExp(
  `${B}(?:briefs?|briefings?|job (?:description|post(?:ing)?|listing|ad)|jd|role description|spec(?:s|ifications?| sheet)?|proposal|(?:pitch|brand|slide|sales|investor|press|project) deck|deck(?=\\s*:)|press ?kit|epk|mood ?boards?|ref(?:erence)? sheets?|refs|scripts?|screenplay|storyboards?|animatic|outline|details|deets|info|doc|document|pdf|one-?pager|propuesta|gui[oó]n|detalles|informaci[oó]n|documento|descripci[oó]n del (?:puesto|proyecto)|oferta de (?:trabajo|empleo)|especificaciones|proposta|roteiro|detalhes|informa[çc][õo]es|descri[çc][ãa]o da vaga|cahier des charges|sc[ée]nario|d[ée]tails|infos|informations|fiche de poste|offre d'emploi|dossier de presse|planche de tendances|konzept|expos[ée]|drehbuch|skript|pressemappe|stellen(?:beschreibung|anzeige)|ausschreibung|informationen|unterlagen|dokument|lastenheft|pflichtenheft|sceneggiatura|copione|cartella stampa|dettagli|informazioni|capitolato|voorstel|draaiboek|persmap|vacature${L}|functieomschrijving|informatie|propozycj${L}|scenariusz${L}|opis (?:stanowiska|projektu)|og[łl]oszeni${L}|szczeg[óo][łl]${L}|informacj${L}|dokument${L}|specyfikacj${L}|detay${L}|ayr[ıi]nt[ıi]${L}|bilgi${L}|senaryo${L}|belge${L}|d[oö]k[üu]man${L}|i[şs] tan[ıi]m${L}|ilan${L}|bas[ıi]n kiti|naskah|skrip|rincian|detail(?:nya)?|informasi|dokumen|deskripsi (?:pekerjaan|proyek)|lowongan)${E}|企画書|資料|詳細|仕様書?|台本|脚本|絵コンテ|募集要項|概要|ブリーフ|ムードボード|プレスキット|提案書|設定画`,
  "giu",
);

// Their own thing, between a brief word and a link: "details below, my portfolio: …".
const OWN_THING =
  /(?<![\p{L}\p{N}])(?:portfolio|portafolio|portf[oó]lio|(?:show)?reel|channel|canal|cha[iî]ne|kana[łl]|shop|store|tienda|loja|boutique|negozio|winkel|sklep|ma[ğg]aza|toko|website|webseite|sito|sitio|strona|instagram|insta|ig|profile|linktree|socials)(?![\p{L}\p{N}])|チャンネル|ポートフォリオ|ショップ/iu;

// Hosts of a portfolio, a shop or a channel: never a brief.
const OWN_HOST =
  /(?:^|\/\/|\.)(?:etsy|bandcamp|linktr|instagram|tiktok|twitch|artstation|behance|dribbble|patreon|ko-fi|soundcloud|spotify)\.|youtube\.com\/(?:@|c\/|channel\/)/i;

// A link or a file name that says it is a brief: "…/brief-artists", "jobs.example.io/…", "spec.pdf",
// "…/kariera/rust" (careers, in the other languages).
const BRIEF_NAME =
  /(?<![a-z])(?:brief(?:ing)?|specs?|scripts?|moodboard|storyboard|presskit|press-kit|proposal|jobs|careers|karriere|kariera|carriere|carreira|vacatures|jd)(?![a-z])/i;

// Words that promise it rather than send it ("I'll send the brief", "can share the spec"), or
// deny it ("no script approval"), just before the brief word on its line.
const NOT_SENT =
  /(?:['’]ll|\bwill|\bcan|\bcould|\bwould|\bgonna|\bgoing to|\bhappy to|\bglad to|\blet me|\bno|\bnot|\bwithout)[ \t]+(?:[\p{L}'’]+[ \t]+){0,3}$/iu;

const ATTACHED_ALL = new RegExp(ATTACHED.source, "giu");

/** How far a brief word may stand from the link or file it names. */
const NEAR = 50;

interface Span {
  start: number;
  end: number;
}

/**
 * The sender sent their brief along: a link or a file (the `links` ingest found in the text or
 * the platform gave, those the responder reads in the text, a file in the adapter's `note`, or
 * "attached") with brief-like words pointing at it, or a link or a file whose name says it is one.
 */
export function briefCameAlong(text: string, links: readonly string[] = [], note = ""): boolean {
  // Ingest's links miss endings it does not know (.de, notion.so) and cut "x.co.uk/brief" at .co.
  const all = [...new Set([...links, ...linksIn(text)])];
  const files = noteFiles(note);
  // Nothing came along: no brief word is worth looking for.
  if (all.length === 0 && !files && !ATTACHED.test(text)) return false;
  const theirs = all.filter((link) => !OWN_HOST.test(link));
  if (theirs.some((link) => BRIEF_NAME.test(link))) return true;
  if (files && BRIEF_NAME.test(files)) return true;
  const linked = spans(text, all);
  // A word inside a link is the link's name ("…/details?id=", "…/document/d/…"), read above.
  const words = [...text.matchAll(BRIEF_WORD)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter((w) => !linked.some((l) => w.start < l.end && l.start < w.end))
    .filter((w) => !NOT_SENT.test(text.slice(Math.max(0, w.start - NEAR), w.start)));
  if (words.length === 0) return false;
  // A file sent with the message: a brief word in it points at it.
  if (files) return true;
  const attached = [...text.matchAll(ATTACHED_ALL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const targets = [...spans(text, theirs), ...attached];
  return words.some((w) => targets.some((t) => points(text, w, t)));
}

/** Where each link stands in the text, every time it does. */
function spans(text: string, links: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const link of links) {
    for (let at = text.indexOf(link); at >= 0; at = text.indexOf(link, at + link.length))
      out.push({ start: at, end: at + link.length });
  }
  return out;
}

/** The word stands next to the link or file, with nothing of their own in between. */
function points(text: string, word: Span, target: Span): boolean {
  const gap =
    word.end <= target.start
      ? text.slice(word.end, target.start)
      : word.start >= target.end
        ? text.slice(target.end, word.start)
        : "";
  return gap.length <= NEAR && !OWN_THING.test(gap);
}
