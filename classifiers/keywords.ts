// The keyword phrases behind the named message features, in the pattern syntax of phrases.ts.
// They stay general (several languages, many fields) rather than chasing particular messages.
import { compilePhrases, type KeywordSet } from "./phrases.ts";

/** Second-person forms: "you" in en/es/pt/fr/de/it. */
export const YOU =
  "you|your|u|ur|yours|tu|tus|usted|ustedes|te|ti|voce|vc|seu|sua|teu|tua|vous|votre|vos|ton|ta|tes|du|dein|deine|deinen|ihr|ihre|euch|dir|dich|lei|tuo|tuoi|vostro|vostra";
/** Possessive "your" forms only: "you mix" is not "your mix". */
const YOUR =
  "your|ur|yours|tu|tus|su|sus|seu|sua|seus|suas|teu|tua|votre|vos|ton|ta|tes|dein|deine|deinen|deiner|ihr|ihre|ihren|tuo|tua|tuoi|tue|vostro|vostra";
const MY =
  "my|mi|mis|meu|minha|meus|mon|ma|mes|mein|meine|meinen|mio|mia|miei|our|nuestro|nossa|notre|unser|nostro";
const WORK_NOUN =
  "work|music|art|artwork|track|tracks|song|songs|beat|beats|mix|master|demo|ep|album|single|portfolio|drawing|drawings|illustration|design|designs|game|games|app|repo|repository|library|lib|code|project|projects|channel|stream|streams|video|videos|podcast|show|style|sound|tutorial|tutorials|blog|post|posts|writing|book|comic|animation|logo|cover|covers|website|site|server|plugin|mod|framework|tool|newsletter|cancion|canciones|tema|temas|trabajo|trabalho|musica|arte|jogo|juego|projeto|proyecto|morceau|travail|musique|jeu|projet|chanson|arbeit|musik|spiel|projekt|lied|lavoro|gioco|progetto|canzone|brano";

/** The keyword sets by name; a message's match is a bitmask over them in this order. */
export const KEYWORD_SETS = {
  pay_words: {
    words:
      "budget|paid|pay|paying|rate|rates|fee|fees|salary|compensation|compensated|royalt*|rev share|revenue share|invoice|per hour|hourly|presupuesto|pago|pagamos|pagado|tarifa|orcamento|pagamento|remuner*|tarif|paye|bezahlt|bezahlung|honorar|gage|verguetung|vergutung|compenso|pagato|retribuit*|betaald|betaling|vergoeding|płatn*|wynagrodzen*|budzet|ucret*|butce|bayar*|dibayar|honor|*報酬*|*予算*|*ギャラ*",
  },
  date: {
    words:
      "january|february|march|april|june|july|august|september|october|november|december|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next (week|month|year)|this (week|month|weekend)|deadline|by the end of|q1|q2|q3|q4|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|maerz|marz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|semana que vem|proxima semana|la semaine prochaine|nachste woche|naechste woche|prossima settimana|fecha limite|prazo|date limite|frist|scadenza",
  },
  you: { words: YOU },
  asks_opinion: {
    words: "*どう思*|*感想*|*アドバイス*|*意見*",
    loose:
      "what do (you|u) think|(what's|what is) your (take|opinion)|thoughts on|thoughts ?|your (opinion|feedback|thoughts|advice|take|honest)|honest (feedback|opinion)|any (tips|advice|feedback|pointers|suggestions)|(could|can|would|will) (you|u) (listen|look|check|review|give|take a look|critique|rate|tell me)|tell me (if|what|how)|critique|roast my|rate my|is (it|this|my _) (too|good|ok|okay|any good|decent)|how (do|did|would|should) (you|i)|where (do|should) i (start|begin)|(que|o que) (opinas|te parece|piensas|voce acha|acha|achas)|qu'en penses|qu'en pensez|ton avis|votre avis|ta opinion|tu opinion|sua opiniao|tua opiniao|was (haltst|haeltst|denkst) du|deine meinung|ihre meinung|che ne pensi|cosa ne pensi|la tua opinione|un parere|consejo|conselho|dicas|conseil|tipp|ratschlag|consigli|feedback|wat vind je|mening|advies|co myslisz|opinia|opinie|porad|ne dusunuyorsun|fikrin|tavsiye|menurutmu|menurut (kamu|kakak|abang)|pendapat|saran|masukan",
  },
  proposes: {
    loose:
      "work together|work with (you|u)|working together|working with (you|u)|collab|co-write|cowrite|co-produc|coproduc|feature (on|you)|featuring|commission|would (you|u) (be up for|be interested|like to|want to|be down|be open|consider)|are (you|u) (open|available|interested|down|taking)|down to|hire (you|u)|(we're|we are) (hiring|looking for)|looking for (a|an|someone)|partner|team up|join (our|the) (team|project)|contract|freelance|trabajar (juntos|contigo)|colabora|trabalhar (junto|com voce)|parceria|travailler (ensemble|avec toi|avec vous)|zusammenarbeit|zusammen arbeiten|kooperation|lavorare (insieme|con te)|collaborazione|proposta|propuesta|proposition|vorschlag|samenwerk|samen (iets|een|aan)|wspołprac|zlecen|isbirlig|birlikte calıs|kerja sama|kerjasama|kolaborasi|kolab|bikin bareng|proyek bareng",
    words: "*gig|*コラボ*|*一緒に*|*依頼*|*お仕事*|*案件*|*参加*",
  },
  intro: {
    words:
      "(i'm|i am|im) (a|an|the)|(we're|we are) (a|an)|soy (un|una)|sou (um|uma)|je suis (un|une)|sono (un|una)|i run|ich bin",
    loose: "my name is|i work (at|for|as)|me llamo|meu nome|je m'appelle|mein name|mi chiamo",
  },
  my_work: { words: `(${MY}) (_ |)(${WORK_NOUN})`, anySpace: true },
  your_work: { words: `(${YOUR}) (_ |)(${WORK_NOUN})`, anySpace: true },
  self_promo: {
    loose:
      "check (out|my|it out)|out now|just (dropped|released|launched)|new (single|ep|album|video|track|drop)|stream (it|now)|listen now|subscribe|sub4sub|follow (me|back|for)|f4f|link in (my |)bio|look (me|it|us|her|him|them) up|search (for |)my|share (this|my)|go (check|follow|listen)|support (me|my)|suscribete|sigueme|escuchala|inscreva|me segue|abonne|abonniert|folgt mir|iscriviti|seguimi|volg (me|mij)|nieuwe (single|track|video)|obserwuj|sprawdz moj|takip et|abone ol|follow (aku|saya)|cek (channel|lagu)",
    words: "*segue|*フォロー*|*チャンネル登録*|*新曲*",
  },
  bait: {
    loose:
      "free (nitro|gift|followers|promo|robux|skin|money|crypto|nft)|passive income|earn (#|$ #)|from home|limited (time|offer)|act now|click (here|the link)|verify (your|ur) account",
    // Whole words (or a stated ending): "nitrogen", "investigate", "cryptography", "disclaimer"
    // and "nonprofit" are not bait.
    words:
      "nft|nfts|eth|*won|nitro|giveaway|giveaways|airdrop|airdrops|presale|crypto|cryptos|cryptocurrenc*|bitcoin|bitcoins|btc|forex|invest|investing|investment|investments|investor|investors|profit|profits|guaranteed|claim|claims|claimed|winner|winners|prize|prizes|gratis|gratuit|gratuite|gratuits|kostenlos|darmowy|darmowe|darmowa|ucretsiz|hadiah|menang|kazan|kazandın|*無料*|*当選*|*プレゼント*" +
      // The same bait in the corpus's other languages: money from home, a guarantee, investing.
      "|vanuit huis|dari rumah|desde casa|von zu hause|von zuhause|da casa|depuis chez (toi|vous)|evden (calis*|kazan*|para)|bijverdienen|bijverdiensten|(chcesz|mozesz) zarabiac|penghasilan tambahan|tanpa modal|renda extra|ganar dinero|gagner de l'argent|geld verdienen|guadagnare|*副業*|*月収*|*稼げ*|garantili|gegarandeerd|gwarantowan*|dijamin|garantito|garantizad*|garantido|garantiert|*保証*|inwestuj*|inwestycj*|investasi|yatirim*|investeren|investeer|invertir|invirtiendo|investire|investieren|*投資*",
  },
  sells_promo: {
    loose:
      "(promote|promotion|promoting) (your|ur)|grow (your|ur)|(playlist|playlists|stream|streams|follower|followers|subscriber|subscribers|view|views|like|likes) (placement|promotion|boost|package)|real (followers|streams|listeners|views)|backlink|boost (your|ur)|(package|packages) (start|from)|marketing (agency|services)|our (agency|services)|guest post|rank (1|first)|more (followers|streams|views|sales)",
    words: "seo",
  },
  // Who pays whom: a fee asked of the recipient (pay-to-play scams) against pay offered to them.
  // Written so that few phrases start at one common word ("you"): each one is checked per use.
  asks_you_to_pay: {
    words:
      "(a|the|small|one-time|registration|entry|listing|submission|screening|processing|signing|distribution|membership|activation|verification|training|onboarding|setup|casting|audition|application|reading|booking|placement|feature|featuring|mint|minting|gas|shipping|handling|release|clearance|admin|service|management|printing|exhibition|hanging|jury|review) (fee|fees)|fee (is|of|is only|is just)|(you|u) (pay|cover|invest)|(you|u) (just|only|must) (pay|cover)|(you|u) (need|have) to pay|chip in|(just|only) (pay|cover|send)|pay (a|the|us|me|upfront|up front|first|for (the|your) (spot|slot|feature|listing|package))|(send|wire|transfer) (us|me|the) (the |)(money|payment|fee|deposit|difference|rest|balance|extra)|(payment|fee|fees|deposit|package|cost) (upfront|up front|up-front|first)|(upfront|up front|up-front) (fee|fees|payment|cost|deposit)|(refundable|escrow|security|holding|small) deposit|(a|the) deposit (of|from) (you|u)|deposit (from|by) (you|u|the artist|artists)|(need|require|requires|ask for) (a|the|an) (deposit|upfront)|overpaid|overpayment|refund (the|me)|(buy|book|reserve|secure) (your|a|the) (spot|slot|place|seat|ticket|package)|everyone chips in|sponsored placement|pay to (be|get|play)|(pago|cuota|tasa) de|solo paga*|(taxa|pagamento) de|frais (de|d)|gebuhr|gebuehr|quota di|kosten van|oplat*|ucret*|biaya" +
      // Who is asked to pay, said of a group the recipient would join ("contributors pay",
      // "guests cover"), the fee's name, a cheque that pays more than the price, a spot to secure.
      "|(artist|artists|contributor|contributors|guest|guests|speaker|speakers|author|authors|designer|designers|participant|participants|writer|writers|creator|creators|member|members|exhibitor|exhibitors|nominee|nominees|talent|model|models|each|selected) (pay|pays|cover|covers|contribute|contributes|purchase|purchases|buy|buys|invest|invests|chip)|(participation|entry|hanging|wall|jury|adjudication|registration|editorial|layout|production|onboarding|mastering|legal|demo|development|inclusion|booth|stall|promotion|promo|guest|starter|artist) (fee|fees|contribution|package|kit|pack|investment|rental|cost)|(author|artist|designer) (investment|contribution|participation)|buy in|buys in|pre-order # copies|(confirm|secure|reserve|hold|lock|activate|unlock) (your|a|the|my) (spot|slot|place|seat|entry|partnership|listing|membership|pages|booth)|(send|zelle|venmo|wire|transfer|refund|forward|return|pass|give) (back|the (rest|extra|difference|balance|remainder))|(deduct|keep) (your|ur) (fee|payment|share)|cashier's check|certified (check|cheque)|(check|cheque|cheq) (for|of) ($|€|£|#)|reversez|repassa|repasse|den rest|różnicę|farkı|(quota|contributo|cuota|taxa|frais|kosten|costs) (di|de|d'|van) (partecipazione|participacion|inscricao|inscripcion|inscription|accrochage|mise|registro|divulgacao|promocion)|(teilnahmegebuhr|platzierungsgebuhr|autorenbeitrag|zuschussverlag|deelnamekosten|inschrijfkosten|promotiekosten|starterspakket|starterpaket)|opłat*|(tanıtım|katılım|kayıt) ucreti|biaya (pendaftaran|promosi|administrasi|cetak)|paket starter|*掲載料*|*出展料*|*登録料*|*参加費*|*差額*|*ブース代*|*参加料*|wpisowe|wplat*|wpłat*|cukup (bayar|beli)|(beli|bayar) (dulu|paket|produk)|deelname (kost|kosten)|inschrijfgeld|eigenanteil|(kit|pakiet|paket|pack) (de demarrage|de depart|startowy|inicial|iniziale|awal|baslangic)|starter kit" +
      // A price quoted to the recipient for a spot: "it's $80 for the interview", "slots are $45".
      "|(it's|its|that's|thats) ($|€|£) #|(it's|its|that's|thats) (only|just) ($|€|£)|(slot|slots|spot|spots|place|places|seat|seats|feature|features|placement|placements|spotlight|spotlights) (are|is|cost|costs|start) ($|€|£|#|only|just|at|from)|# (bucks|dollars) (for|to)|for (the|a) (spot|slot|spotlight|placement|shoutout|pinned post)",
  },
  offers_pay: {
    words:
      "(we|i|we'll|i'll|we'd|i'd|we will|i will|we can|i can|happy to|willing to|would) (pay|compensate|cover) (you|u|your)|(i|we) (pay|can pay)|paid (gig|job|work|role|position|collab|collaboration|project|commission|opportunity|feature|verse)|(it's|it is|this is|is) paid|(your|ur) (rate|rates|price|prices|fee|fees)|how much (do |would |)(you|u) (charge|ask|want)|what (do|would) (you|u) charge|(rate|rates|price|budget|pay) (is|of|would be)|can pay|will pay|pay (you|u) ($|€|£|#)|(i'll|we'll|i'd|we'd) (pay|send) (via|through|by|with|on|in|upfront|up|half|50|the|a|your|ur|full|whatever|it)|(i|we) (will|can) (pay|send) (via|through|by|with|on|in|upfront|up|half|50|the|a|your|ur|full|whatever|it)|(i|we) pay (via|through|by|with|in|on|upfront)|(my|our|the) budget (is|for|of)|i (have|got) ($|€|£|#)|(pago|pagamos|pago con|pago por|pago no|pago lo)|(pagamos|pagaremos|te pagamos|te pago)|(nous|je) (te|vous) (payons|paierons|paie)|(wir|ich) (bezahlen|zahlen) (dir|dich|euch)|(ti|vi) (paghiamo|pago)|(we|ik) betalen|zaplac*|zapłac*|ucretli|dibayar|berbayar|ich zahle|je paie|ik betaal|aku bayar|odemeyi|*お支払い*" +
      // A buyer's terms: someone paying a sum ("club pays $250", "paying $30 for"), a sum with a
      // perk only a client gives ("$500 plus travel"), a licence bought, an honorarium.
      "|(pays|paying) ($|€|£|#)|($|€|£) # (plus|and) (credit|credits|royalty|royalties|travel|materials|copies|hotel)|(full license|full licence|licence fee|license fee|honorarium)",
  },
  // The advance-fee shape of a fake job or deal: the recipient pays or buys first (through "our
  // approved vendor") and is promised the money back later, off a first invoice or royalty.
  pays_back_later: {
    words:
      "reimburs*|refunded|refundable|(deducted|deduct|recouped|recoup|offset|credited|repaid|returned|reimbursed|refunded) (from|against|on|with|after|in) (your|ur|the) (first|1st|initial)|(back|refund) (on|with|from|after|in) (your|ur|the) (first|1st)|paid back|(approved|partner|preferred|designated|certified|official|accredited) (vendor|vendors|supplier|suppliers|shop|store|retailer|firm|provider|printer|lab)|(through|from|via) our (vendor|supplier|shop|store|partner|partners)|order (it|them|the kit|the equipment) (through|from|via)" +
      // The same in the corpus's other languages.
      "|erstatt*|ruckerstatt*|zuruckerstatt*|verrechn*|reembols*|rembours*|rimbors*|restituiamo|zwrac*|zwrot*|iade|geri (odenir|odenecek|verilir|veriyoruz|veriyor)|dikembalikan|terugbetaal*|terugbetaald|verreken*|partnershop|loja parceira|tienda (asociada|colaboradora|autorizada)|negozio (partner|convenzionato)|fornitore (convenzionato|autorizzato)|sklep partnerski|partnerwinkel|toko (mitra|rekanan)|fournisseur (agree|partenaire)|magasin partenaire|fornecedor (parceiro|autorizado)|proveedor (autorizado|asociado)|*返金*|*お戻し*|*返還*|*提携*",
  },
  // A genuine offer that answers the scams it knows it resembles: nothing to pay, no fee, "we pay
  // you, not the other way round".
  costs_you_nothing: {
    words:
      "no cost (to|for) (you|u)|at no cost|free (for|to) (you|u)|nothing to (buy|pay|purchase)|(never|no|without) (any |)(cost|costs|fee|fees|charge|charges|payment) (to|for|from) (you|u)|no (upfront |up-front |up front |)(fee|fees|cost|costs|charge|charges|deposit)|(you|u) (never|don't|dont|do not|won't|wont|will not) (pay|have to pay|need to pay|need to buy|spend)|not the other way|(costs|cost) (you|u) nothing|sin (costo|coste|cargo|pagar)|sem (custo|custos|pagar|cobranca)|sans (frais|payer)|gratuit pour (toi|vous)|(ohne|keine) (kosten|gebuhr|gebuhren)|kostenlos fur (dich|sie|euch)|senza (costi|spese|pagare)|gratis voor (jou|u)|(zonder|geen) kosten|bez (oplat|kosztow|opłat)|ucret (yok|almiyoruz|alinmaz)|tanpa biaya|*費用はかかりません*|*費用は一切*|*負担なし*|*負担はありません*",
  },
  // Read per message of a conversation (conversation-features.ts): a greeting alone, kind words.
  greeting: {
    words:
      "hi|hii|hiii|hey|heyy|heya|hiya|hello|helo|yo|sup|wassup|howdy|greetings|hola|buenas|oi|ola|bom dia|boa tarde|salut|bonjour|bonsoir|coucou|hallo|moin|servus|ciao|salve|buongiorno|hej|czesc|witam|dzien dobry|merhaba|selam|selamlar|halo|hai|permisi|hoi|goedemorgen|goedemiddag|konnichiwa|こんにちは|はじめまして|good (morning|afternoon|evening)|what's up|whats up",
  },
  praise: {
    loose:
      "love (your|ur|what you)|loving (your|ur)|big fan|huge fan|(i'm|im|i am) a fan|been following|(your|ur) (work|music|art|stuff|videos|content|style|channel|mixes|tracks|code|designs) (is|are) (amazing|awesome|incredible|great|fire|insane|good|beautiful|dope)|(your|ur) (work|music|art|stuff|videos|content|style|channel|mixes|tracks|code|designs) (is|are) so (good|cool)|amazing|awesome|incredible|inspiring|admire|me encanta|amo (tu|seu|sua)|j'adore|adore (ton|votre)|ich liebe|mi piace molto|adoro|uwielbiam|bayiliyorum|keren banget|suka banget|geweldig|prachtig|素晴らしい|大好き|すごい",
  },
  // Asking the recipient's price or whether they take work: a buyer, not a critique ("how much for
  // a mix?"); "how much should I charge?" asks advice and is not here.
  asks_price: {
    words:
      "how much (for|4|to|would|per|n|is)|how much do (you|u)|price (for|of|on) (a|an|the|my|#)|prices (for|of)|(your|ur) (price|prices|rate|rates|waitlist|queue|comms|commissions|availability)|(are|r) (you|u|ur) (comms|commissions|booking|taking|freelancing)|(comms|commissions) (open|still open)|(taking|open for|open to) (commissions|comms|requests|orders|bookings|new clients|freelance|contract work)|(do|can|could|would) (you|u) (do|make|take|draw|design|edit|mix|master|build|paint|shoot|write|animate|rig|knit|ghostwrite|tattoo) (custom|commissions|requests|a|an|my|me|our|us|this|wedding|pet|freelance)|(can|could|may) (i|we) (commission|book|hire|order|buy|license)|quote (me|us)|send (me|us) (your|ur) (rates|prices)|send (me|us|your|ur) (rates|prices|rate|price|quote)|(cuanto|quanto) (cobras|cobra|chiedi|vc cobra|voce cobra)|combien (tu prends|pour|prends-tu)|was nimmst du|wat vraag je|ile bierzesz|ne kadar (alıyorsun|alırsın)|berapa (harga|harganya|fee)|berapaan|*いくら*",
  },
  // The sender selling their own service to anyone: a price list, a pitch of what they do, with
  // no word about the recipient's work (LABELS.md: a cold pitch that shows no knowledge is spam).
  sells_service: {
    words:
      "(do|d) (you|u) need (a|an|help|someone|new|more|any)|(you|u) need (a|an) _ ?|need (a|an) _ ?|need (a|an) _ _ ?|(rates|packages|prices|plans|pricing) (start|starting|from)|starting (at|from)|(fast|quick|24h|same-day|same day) (delivery|turnaround)|delivery in #|unlimited revisions|(cheap|affordable|low|competitive|wholesale) (price|prices|rates|pricing)|(free|a free) (quote|trial|audit|consultation|sample|demo)|(open|available) (for|to) (new |)(clients|projects|hire)|for hire|(i'm|im|i am) available|hmu|(portfolio|catalog|catalogue|samples|examples) (in|on) (my |)(bio|profile)|price list|rate card|case studies|worth a (quick |)(chat|call)|(15|20|30) min (call|chat)|(15|20|30)-min|can i send (you|u) (our|my)|(precios|precio) (bajos|economicos)|entrega rapida|(barato|barata) e rapid*|pas cher|livraison (24h|rapide)|(gunstig|günstig) und schnell|economici|consegna in|goedkope|binnen # uur|tanie|gotowe w|ucuz|jasa (desain|edit|followers|mixing)|murah|(want|wanna) one ?|(want|wanna) (to buy one|buy one|a quote)|(want|wanna) buy|*格安*|*即日*",
  },
  contact_elsewhere: {
    words: "dm me|text me|whatsapp|telegram|add me on|hit me up on|contact me on|my email",
  },
} satisfies Record<string, KeywordSet>;

export type KeywordName = keyof typeof KEYWORD_SETS;

/** The bit of each keyword set in a message's match. */
export const KEYWORD_BIT = Object.fromEntries(
  Object.keys(KEYWORD_SETS).map((name, i) => [name, 1 << i]),
) as Record<KeywordName, number>;

export const PHRASES = compilePhrases(Object.values(KEYWORD_SETS));
