// A collaboration message that offers the sender's own service or help to the recipient (a
// freelance editor pitching to edit their videos, a volunteer offering to translate the docs):
// asking such a sender for "a budget and what you need from me" would be backwards.
//
// Read conservatively: a pattern must say "I can / I'd love to / let me <do work> <for you / your
// thing>", or name "my services" or "my rates"; and a message that also asks the recipient to do
// the work or to be hired ("could you mix our EP", "we'd like to hire you") is no offer. Every
// pattern is a sequence of bounded steps from a word, so the time stays linear in the text.
//
// The big alternations check the word's start once, before their alternatives, not in each one:
// once a process has compiled over 1 MB of regexp code, V8 compiles later regexps without their
// optimisations, and then a lookbehind in each of some 20 alternatives, tried at every character,
// took 1.5 s of CPU on 48,000 characters of "ab — do " (60 ms checked once; 15 ms optimised).

// Work a sender offers to do, in English ("make" and "create" only with "your" or "for you":
// "I can make it" is mostly about a date).
export const EN_WORK =
  "(?:build|design|redesign|edit|re-?edit|cut|compose|score|write|rewrite|translate|localize|localise|take\\s+over|maintain|co-?maintain|mix|master|animate|illustrate|draw|produce|record|develop|code|program|fix|improve|optimi[sz]e|manage|moderate|proofread|review|shoot|film|voice|narrate|subtitle|caption|set\\s+up|refresh|revamp|port)";
// Work that helps with the recipient's own thing whatever it is called: "translate the docs".
const EN_HELP_WORK =
  "(?:take\\s+over|maintain|co-?maintain|translate|localize|localise|proofread|subtitle|caption|document)";

// What "help with" names when it is a trade's own work: "I can help with Japanese localization".
const HELP_NOUN =
  "(?:locali[sz]ation|translations?|subtitles|subs|captions|proofreading|docs|documentation|editing|mixing|mastering|artwork|animation|moderation)";

// A word, and where one starts and ends (an apostrophe is inside a word: "I'd"). These and the
// three pieces below are shared with offer-said.ts, which reads the same offers further.
export const WORD = "[\\p{L}\\p{N}'’-]+";
export const END = "(?![\\p{L}\\p{N}])";
export const START = "(?<![\\p{L}\\p{N}'’])";
// The same where an apostrophe ends a word too: "j'aimerais", "l'aider".
const BARE_START = "(?<![\\p{L}\\p{N}])";
// "happy to take on triage": work taken on is theirs to do.
const TAKE_ON_WORDS = `(?:happy|glad|keen)\\s+to\\s+take\\s+on${END}`;
export const TAKE_ON = `${START}${TAKE_ON_WORDS}`;
// Portuguese "te faço", "faço por rev share", "faço pra você": the work done for them.
const PT_DO_FOR_YOU_WORDS = `(?:te\\s+faço|faço\\s+(?:(?:isso|a|o|os|as)\\s+)?(?:por|pra\\s+(?:você|voce|vc|ti)|para\\s+(?:você|voce|ti)))${END}`;
export const PT_DO_FOR_YOU = `${START}${PT_DO_FOR_YOU_WORDS}`;
// Turkish stems of the work, before "-(y)ebilirim": "düzenleyebilirim", "çizebilirim".
export const TR_WORK =
  "düzenle|tasarla|çevir|miksle|mixle|besteley|kurgula|seslendir|üstlen|geliştir|çiz";

// "I could edit your videos", "I'd love to redesign it", "I can make a logo for you",
// "I'm happy to help with your docs", "I could take over maintaining the repo".
const EN_OFFER = new RegExp(
  `${START}(?:${[
    // I + can/could/'d love to/'d be happy to … + the work + its object.
    `i(?:\\s+(?:can|could|would|will|am)|['’](?:d|ll|m))?\\s+(?:(?:really|totally|definitely|also|gladly)\\s+)?(?:(?:love|like|be\\s+(?:happy|glad|keen|able)|happy|glad|keen|able|available|offer(?:ing)?)\\s+to\\s+)?(?:help(?:\\s+you)?(?:\\s+out)?\\s+(?:with|on)\\s+(?:your|ur|it|this|that|the)${END}|help(?:\\s+you)?\\s+${EN_WORK}${END}|(?:${EN_WORK}|make|create)(?:\\s+(?:you|out))?(?:(?:\\s+${WORD}){0,3}?\\s+for\\s+you|\\s+(?:your|ur))${END}|${EN_WORK}\\s+(?:it|this|that|them)${END}|${EN_HELP_WORK}(?:\\s+${WORD})?\\s+the${END})`,
    // Only after "I'd / I could / I'll / how about I" (not "I maintain a wrapper for your lib"):
    // "I'd do the subtitles for you", "I'd cut 10 shorts from your streams", "I could make you a
    // set of emotes", "I can help with Japanese localization".
    `(?:how\\s+about\\s+i|i(?:\\s+(?:can|could|would|will)|['’](?:d|ll)))\\s+(?:(?:really|totally|definitely|also|gladly|happily)\\s+)?(?:(?:love|like|be\\s+(?:happy|glad|keen|able))\\s+to\\s+)?(?:(?:${EN_WORK}|make|create|do)(?:\\s+${WORD}){0,3}?\\s+(?:for\\s+(?:you|your|ur)|from\\s+(?:your|ur))|(?:make|create|build|design|draw|compose|animate|illustrate|edit|cut)\\s+(?:you|u)\\s+(?:a|an|some)${END}(?!\\s+(?:deal|offer))|help(?:\\s+you)?(?:\\s+out)?\\s+(?:with|on)\\s+(?:${WORD}\\s+){0,2}?${HELP_NOUN})${END}`,
    // "let me help", "let me redesign your app".
    `let\\s+me\\s+(?:help|${EN_WORK}\\s+(?:your|ur|it|this|that))${END}`,
    // "I offer", "I'm offering my services", "my services", "my rates are/start".
    `i(?:['’]m|\\s+am)?\\s+offer(?:ing)?\\s+(?:my|to|you)${END}`,
    `my\\s+(?:services|(?:hourly\\s+|day\\s+)?rates?\\s+(?:are|is|start)|(?:freelance\\s+)?(?:help|skills)\\s+(?:with|on|for)\\s+your)${END}`,
    // A vendor's or a volunteer's usual turns: "can I send you a quote?", "if you ever need an
    // editor", "want me to open a PR?", "happy to take on triage", "give me triage rights".
    `(?:can|could|may)\\s+i\\s+send\\s+you\\s+(?:a|my)\\s+(?:quote|rates?|portfolio|proposal)${END}`,
    `if\\s+you\\s+(?:ever\\s+)?need\\s+(?:a|an|some)\\s+${WORD}${END}`,
    // Not "want me to send you the brief?": a client says that too; nor "want me to recommend
    // you / pass them to you / set up a call?": an opening offered to the recipient, no service.
    `(?:want|would\\s+you\\s+like)\\s+me\\s+to(?!\\s+(?:send|share|forward|email|dm|call|explain|tell|walk|pass|recommend|refer|introduce|nominate|connect|put\\s+you|set\\s+up\\s+a\\s+call))${END}`,
    TAKE_ON_WORDS,
    `giv(?:e|ing)\\s+me\\s+(?:triage|commit|write|merge|maintainer)\\s+(?:rights|access)${END}`,
    // "I'd like to volunteer", "I'd love to contribute".
    `i(?:['’]d|\\s+would|\\s+want|\\s+wanna)\\s+(?:really\\s+)?(?:(?:like|love)\\s+)?(?:to\\s+)?(?:volunteer|contribute)${END}`,
    // "happy to help with your …", "glad to help out with the docs".
    `(?:happy|glad)\\s+to\\s+help(?:\\s+you)?(?:\\s+out)?\\s+(?:with|on)\\s+(?:your|ur|the)${END}`,
  ].join("|")})`,
  "iu",
);

// "I'm a freelance video editor … I could": a trade and an "I could", anywhere in the text.
// "Translator here, I could…" and "I'm a professional translator … I'd love to do" too.
const FREELANCER =
  /(?<![\p{L}\p{N}'’])(?:i(?:['’]m|\s+am)\s+an?\s+(?:freelance|independent|self-employed|professional)|(?:translator|editor|designer|illustrator|animator|developer|engineer|composer|writer|copywriter|proofreader|photographer|videographer|colou?rist|voice\s+actor|localizer|subtitler)\s+here)(?![\p{L}\p{N}])/iu;
const I_COULD =
  /(?<![\p{L}\p{N}'’])i(?:\s+(?:can|could|would)|['’]d)\s+(?:(?:love|like|be\s+happy|be\s+glad)\s+to\s+)?(?:help|do|take)(?![\p{L}\p{N}])/iu;

// Japanese: "お手伝いさせてください", "編集をお手伝いできれば", "翻訳を担当させて" (no word breaks to start at).
const JA_OFFER =
  "お手伝い(?:させて|でき|します|いたします|しましょう)|手伝わせて|(?:編集|デザイン|翻訳|作曲|ミックス|制作|イラスト|動画編集)(?:を)?(?:させて(?:いただけ|ください|もらえ)|担当させて|お引き受け)";

// The other template languages: "I can/could/would like to <work> your …", "my services".
const OTHER_OFFER = new RegExp(
  `${BARE_START}(?:${[
    // Spanish: "podría editar tus vídeos", "me encantaría ayudarte", "ofrezco mis servicios" (not
    // "¿puedo hacerte una pregunta?").
    `(?:puedo|podría|podria|me\\s+encantaría|me\\s+encantaria|me\\s+gustaría|me\\s+gustaria|estaría\\s+encantad[oa]\\s+de|me\\s+ofrezco\\s+(?:a|para))\\s+(?:ayudart[ei]|ayudarle|ayudaros|echarte\\s+una\\s+mano|echarle\\s+una\\s+mano|(?:editar|montar|diseñar|rediseñar|crear|hacer|componer|traducir|mezclar|animar|ilustrar|producir|desarrollar|programar|escribir|mantener|grabar|mejorar)(?:te|le)?\\s+(?:tus?|sus?)\\s|(?:editar|montar|diseñar|rediseñar|crear|hacer|componer|traducir|mezclar|animar|ilustrar|producir|desarrollar|programar|escribir|grabar)(?:te|le)(?![\\p{L}\\p{N}])(?!\\s+(?:una\\s+(?:pregunta|consulta)|llegar)))`,
    `(?:(?:te|le|os)\\s+ofrezco|ofrezco)\\s+(?:mis|mi)\\s|mis\\s+(?:servicios|tarifas)(?![\\p{L}\\p{N}])`,
    // Portuguese: "posso editar seus vídeos", "adoraria te ajudar", "meus serviços".
    `(?:posso|eu\\s+poderia|adoraria|gostaria\\s+de|ficaria\\s+feliz\\s+em|me\\s+ofereço\\s+para)\\s+(?:te\\s+|lhe\\s+)?(?:ajudar(?:\\s+(?:você|vocês|com\\s+(?:seu|sua|seus|suas|teu|tua|teus|tuas|o|a|os|as)))|(?:editar|criar|fazer|compor|traduzir|mixar|animar|ilustrar|produzir|desenvolver|programar|escrever|manter|redesenhar|gravar|melhorar)\\s+(?:o\\s+|a\\s+|os\\s+|as\\s+)?(?:seu|sua|seus|suas|teu|tua|teus|tuas)\\s)`,
    `(?:meus\\s+serviços|meus\\s+servicos|minhas\\s+taxas|ofereço\\s+(?:meus|minha|meu))(?![\\p{L}\\p{N}])`,
    // French: "je pourrais monter tes vidéos", "je peux t'aider", "mes services", "mes tarifs".
    `(?:je\\s+(?:peux|pourrais|serais\\s+(?:ravie?|heureux|heureuse)\\s+d[e']\\s*|voudrais|souhaiterais|aimerais|me\\s+propose\\s+de|propose\\s+de)|j['’](?:aimerais|adorerais))\\s*(?:(?:t['’]|vous\\s+|te\\s+)(?:aider|donner\\s+un\\s+coup\\s+de\\s+main)|(?:monter|éditer|créer|faire|composer|traduire|mixer|animer|illustrer|produire|développer|coder|écrire|maintenir|refaire|repenser|concevoir|améliorer|réaliser)\\s+(?:tes|ton|ta|vos|votre)\\s)`,
    `(?:je\\s+(?:te|vous)\\s+propose\\s+mes|je\\s+propose\\s+mes|mes\\s+services|mes\\s+tarifs)(?![\\p{L}\\p{N}])`,
    // German: "ich könnte deine Videos schneiden", "ich würde dir gern helfen", "meine Dienste".
    `ich\\s+(?:kann|könnte|würde|möchte|helfe|biete)\\s+(?:(?:dir|ihnen|euch)\\s+(?:(?:gern|gerne|sehr|auch|dabei)\\s+){0,2}(?:meine|an)(?![\\p{L}\\p{N}])|(?:dir|ihnen|euch)\\s+(?:${WORD}\\s+){0,6}?(?:helfen|anbieten)(?![\\p{L}\\p{N}])|(?:(?:gern|gerne|sehr|auch)\\s+){0,2}(?:deine?[nmrs]?|ihre?[nmrs]?|eure?[nmrs]?)\\s+(?:${WORD}\\s+){0,3}?(?:schneiden|bearbeiten|gestalten|designen|neu\\s+gestalten|überarbeiten|erstellen|komponieren|übersetzen|mischen|mixen|abmischen|mastern|animieren|illustrieren|produzieren|entwickeln|programmieren|schreiben|pflegen|betreuen|übernehmen|verbessern|lektorieren|vertonen|einsprechen)(?![\\p{L}\\p{N}]))`,
    `(?:meine\\s+(?:dienste|dienstleistung(?:en)?|preise|stundensatz|tagessatz)|meinen\\s+(?:stundensatz|tagessatz))(?![\\p{L}\\p{N}])`,
    // "ich würde euch gern ein neues Intro komponieren": the work for them, whatever it is called.
    `ich\\s+(?:würde|könnte|möchte|kann)\\s+(?:dir|ihnen|euch)\\s+(?:(?:gern|gerne|auch)\\s+)?(?:${WORD}\\s+){0,4}?(?:komponieren|schneiden|gestalten|designen|erstellen|übersetzen|mischen|produzieren|schreiben|entwickeln|programmieren|illustrieren|animieren)(?![\\p{L}\\p{N}])`,
    // Italian: "potrei montare i tuoi video", "mi piacerebbe aiutarti", "i miei servizi".
    `(?:potrei|posso|mi\\s+piacerebbe|sarei\\s+(?:felice|content[oa])\\s+di|mi\\s+offro\\s+di)\\s+(?:aiutart[ie]|aiutarla|aiutarvi|darti\\s+una\\s+mano|darle\\s+una\\s+mano|(?:montare|editare|creare|fare|comporre|tradurre|mixare|animare|illustrare|produrre|sviluppare|programmare|scrivere|mantenere|ridisegnare|progettare|migliorare)(?:ti|le)?\\s+(?:i\\s+|il\\s+|la\\s+|le\\s+|l['’])?(?:tuoi|tuo|tua|tue|suoi|suo|sua|sue)\\s)`,
    `(?:(?:ti|le|vi)\\s+(?:posso|potrei)\\s+aiutare|i\\s+miei\\s+servizi|le\\s+mie\\s+tariffe)(?![\\p{L}\\p{N}])`,
    // Dutch: "ik kan je helpen", "ik zou je video's kunnen monteren", "mijn diensten".
    `ik\\s+(?:kan|zou|wil|help|bied)\\s+(?:(?:je|jou|jullie|u)\\s+(?:(?:graag|ook|daarbij|best)\\s+){0,2}(?:helpen|mee\\s+helpen|mijn)(?![\\p{L}\\p{N}])|(?:(?:graag|ook)\\s+){0,2}(?:je|jouw|uw|jullie)\\s+(?:${WORD}\\s+){0,3}?(?:kunnen\\s+)?(?:monteren|bewerken|editen|ontwerpen|herontwerpen|maken|vertalen|mixen|masteren|animeren|illustreren|produceren|ontwikkelen|programmeren|schrijven|onderhouden|overnemen|verbeteren)(?![\\p{L}\\p{N}]))`,
    `(?:mijn\\s+(?:diensten|tarieven|uurtarief))(?![\\p{L}\\p{N}])`,
    // Polish: "mogę zmontować Twoje filmy", "chętnie pomogę", "moje usługi".
    `(?:mogę|mógłbym|mogłabym|chętnie|chciałbym|chciałabym)\\s+(?:(?:ci|wam|panu|pani|państwu)\\s+)?(?:pomóc|pomogę|zmontować|zaprojektować|przeprojektować|stworzyć|zrobić|skomponować|przetłumaczyć|zmiksować|zanimować|zilustrować|wyprodukować|napisać|utrzymywać|poprawić)\\s+(?:(?:przy|z|w)\\s+)?(?:twoj\\p{L}*|twoi\\p{L}*|twój|wasz\\p{L}*|pana|pani)(?![\\p{L}\\p{N}])|(?:chętnie\\s+(?:ci|wam|panu|pani|państwu)\\s+pomogę|(?:mogę|mógłbym|mogłabym)\\s+(?:ci|wam|panu|pani|państwu)\\s+pomóc|oferuję\\s+(?:swoje|moje)|moje\\s+usługi|moje\\s+stawki)(?![\\p{L}\\p{N}])`,
    // Turkish: "sana yardım edebilirim", "videolarını düzenleyebilirim", "hizmetlerim".
    `(?:sana|size|sizlere)\\s+(?:(?:bu\\s+konuda|seve\\s+seve|memnuniyetle)\\s+)?yardım(?:cı)?\\s+(?:edebilirim|olabilirim|etmek\\s+isterim|etmekten\\s+mutluluk)|(?:${TR_WORK})(?:ye|ya|e|a)bilirim(?![\\p{L}\\p{N}])|(?:hizmetlerim|hizmetlerimi|ücretlerim|fiyatlarım)(?![\\p{L}\\p{N}])`,
    // Indonesian: "saya bisa bantu", "saya bisa edit video kamu", "jasa saya", "ini pricelist aku".
    `(?:saya|aku)\\s+(?:bisa|dapat|mau|ingin|siap|bersedia|senang)\\s+(?:membantu|bantu(?:in)?|(?:mengedit|edit|mendesain|desain|membuat(?:kan)?|bikin(?:in)?|menerjemahkan|menggambar(?:kan)?|mengerjakan|merawat|memperbaiki|mixing)\\s+(?:${WORD}\\s+){0,2}?${WORD}?(?:mu|\\s+kamu|\\s+anda|\\s+untukmu|\\s+untuk\\s+kamu|\\s+untuk\\s+anda)(?![\\p{L}\\p{N}]))|(?:jasa\\s+saya|tarif\\s+saya|menawarkan\\s+jasa|(?:pricelist|price\\s*list|rate\\s*card)\\s*(?:ku|aku|saya|kami)|(?:ini|berikut)\\s+(?:pricelist|price\\s*list|rate\\s*card))(?![\\p{L}\\p{N}])`,
  ].join("|")})|${JA_OFFER}`,
  "iu",
);

// Japanese: "お作りします", "ラフを1案無料で作ります", "MV、担当させてもらえませんか", "描かせてください".
const JA_OFFER_MORE =
  "お作り(?:します|いたします|できます)|(?:無料|タダ|格安)で[^。！？!?\\n]{0,12}?(?:作ります|作成します|制作します|描きます|お作り)|担当させて(?:いただ|もらえ|ください|ほしい)|(?:描か|作ら|書か)せて(?:いただ|もらえ|ください|ほしい)";

// The same in the words a sender uses when the work is theirs to do, beside the ones above: "te
// hago el logo", "puedo hacerte", "faço por rev share", "je peux faire ça pour 2 000€", "ich kann
// dir ein Angebot machen", "posso farti", "ik kan je een offerte sturen", "zrobię lokalizację za
// 1500 zł", "chętnie to zrobię", "yapabilirim", "aku bisa bikinin", "お作りします", "担当させて".
// A first person with the work for "you", or with its price; never "¿me harías…?" (a request).
const OFFER_MORE = new RegExp(
  `${START}(?:${[
    // Spanish: "te hago el logo" (not "te hago una pregunta"), "puedo hacerte", "si necesitás
    // banda sonora, me sumo".
    `(?:te|le|os)\\s+(?:lo\\s+|la\\s+|los\\s+|las\\s+)?hago(?!\\s+(?:una\\s+(?:pregunta|consulta)|saber|llegar|caso|falta|un\\s+favor))${END}`,
    `(?:puedo|podría|podria)\\s+(?:hacer(?:te|le|os)|encargarme\\s+de\\s+(?:tu|tus|su|sus|la|el|los|las)|(?:traducir|editar|montar|diseñar|ilustrar|componer|mezclar|animar)(?:te|le|lo|la)?\\s+(?:por|gratis|a\\s+cambio))(?!\\s+(?:una\\s+(?:pregunta|consulta)|llegar))${END}`,
    `si\\s+(?:alguna\\s+vez\\s+)?necesit(?:as|ás|áis|a|an)\\s+(?:${WORD}\\s+){0,4}?${WORD}[,.]?\\s+(?:me\\s+sumo|me\\s+encantar[ií]a|puedo|aqu[ií]\\s+estoy|cuenta\\s+conmigo)${END}`,
    // Portuguese: "posso traduzir em troca de créditos", "faço por rev share", "te faço".
    `(?:eu\\s+)?posso\\s+(?:te\\s+|lhe\\s+)?(?:traduzir|localizar|editar|mixar|masterizar|ilustrar|animar|desenhar|compor|revisar|legendar|dublar)${END}`,
    PT_DO_FOR_YOU_WORDS,
    // French: "je peux faire ça pour 2 000€", "je peux vous envoyer un devis", "j'adorerais
    // m'occuper de la version allemande" (not "je peux m'occuper des tests" in a joint project).
    `je\\s+(?:peux|pourrais)\\s+(?:te\\s+|vous\\s+)?(?:le\\s+|la\\s+|les\\s+)?faire(?:\\s+(?:ça|cela))?\\s+pour\\s+(?:\\d|un|une|le|la|les|rien|toi|vous)${END}`,
    `je\\s+(?:peux|pourrais)\\s+(?:te|vous)\\s+(?:faire|envoyer|proposer|préparer)\\s+(?:un|une|mon|mes)\\s+(?:devis|tarifs?|prix|portfolio|maquette|essai|démo|premier|première)${END}|je\\s+(?:te|vous)\\s+fais\\s+(?:un|une)\\s+(?:devis|prix|tarif|essai|test|maquette|premier|première)${END}`,
    `(?:j['’](?:adorerais|aimerais)|je\\s+(?:serais\\s+(?:ravie?|heureux|heureuse)\\s+de|voudrais|souhaiterais))\\s+m['’]occuper\\s+d${WORD}\\s+(?:(?:la|le|les|ta|ton|tes|votre|vos)\\s+)?(?:version|traduction|localisation|montage|mix|mixage|musique|bande|illustrations?|design|maquette|site|refonte|sous-titres|doublage)${END}`,
    // German: "ich kann dir gern ein Angebot machen", "ich mache dir".
    `ich\\s+(?:kann|könnte|würde|schicke|sende|mache)\\s+(?:dir|ihnen|euch)\\s+(?:(?:gern|gerne|auch|mal)\\s+){0,2}(?:ein\\s+|einen\\s+)?(?:angebot|kostenvoranschlag|probestück|testschnitt|entwurf)${END}|(?:ich\\s+mache|mach\\s+ich)\\s+(?:dir|ihnen|euch)\\s+(?:(?:gern|gerne|auch)\\s+)?(?:ein(?:e|en)?|die|den|das|deine?[nmrs]?|ihre?[nmrs]?|eure?[nmrs]?)${END}`,
    // Italian: "posso farti il logo" (not "posso farti una domanda"), "te lo faccio per 200€".
    `(?:posso|potrei)\\s+(?:farti|farle|farvi|occuparmi\\s+(?:io\\s+)?d(?:i|el|ella|ei|elle)\\s+(?:tuo|tua|tuoi|tue|suo|sua|vostro|vostra))(?!\\s+(?:una\\s+domanda|sapere|vedere))${END}|(?:te|ve|glie)\\s+lo\\s+faccio${END}`,
    // Dutch: "ik kan je een offerte sturen", "ik kan je een logo maken".
    `ik\\s+(?:kan|zou|wil|stuur|maak)\\s+(?:je|jou|u|jullie)\\s+(?:(?:graag|ook|best|wel)\\s+){0,2}(?:(?:een|mijn)\\s+)?(?:offerte|prijsopgave|portfolio|proefversie|ontwerp)${END}|ik\\s+(?:kan|zou|wil)\\s+(?:je|jou|u|jullie)\\s+(?:(?:graag|ook|best|wel)\\s+){0,2}(?:een|de|het)\\s+(?:${WORD}\\s+){0,3}?(?:maken|ontwerpen|monteren|vertalen|mixen|schrijven|tekenen|bouwen)(?:\\s+(?:maken|geven))?${END}`,
    // Polish: "chętnie to zrobię", "chętnie napisałbym teksty", "zrobię lokalizację za 1500 zł",
    // "pierwszy zrobię za darmo", "mogę zrobić / przetłumaczyć" (not "mogę zrobić przelew").
    `chętnie\\s+(?:(?:to|ci|wam|panu|pani|bym)\\s+){0,2}(?:zrobię|przetłumaczę|zmontuję|zaprojektuję|narysuję|napiszę|zmiksuję|stworzę|przygotuję|zrobiłbym|zrobiłabym|napisałbym|napisałabym|przetłumaczyłbym|przetłumaczyłabym|zmontowałbym|zmontowałabym|zaprojektowałbym|zaprojektowałabym|narysowałbym|narysowałabym|zająłbym\\s+się|zajęłabym\\s+się|zajmę\\s+się)${END}`,
    `(?:zrobię|przetłumaczę|zmontuję|zaprojektuję|narysuję|zmiksuję|stworzę|przygotuję)\\s+(?:${WORD}\\s+){0,3}?za\\s+(?:darmo|\\d|procent|free)`,
    `(?:mogę|mógłbym|mogłabym)\\s+(?:(?:ci|wam|panu|pani|państwu|to)\\s+)?(?:zrobić|przetłumaczyć|zmontować|zaprojektować|narysować|zmiksować|stworzyć|zlokalizować)(?!\\s+(?:przelew|brief|wpłat|zamówieni))${END}`,
    // Turkish: "yapabilirim" (not "ödemeyi yapabilirim"), "moderasyona girebilirim", "sana özel
    // bir paket yapmak isterim" (not "seninle bir proje yapmak isterim"), "deneme olarak ücretsiz".
    `(?<!(?:ödemeyi|ödeme|havaleyi|havale|transferi|bağışı)\\s)(?:yapabilirim|hazırlayabilirim|çizebilirim|yazabilirim|çekebilirim|kurgulayabilirim|moderasyon\\p{L}*\\s+girebilirim)${END}|(?:sana|size)\\s+(?:${WORD}\\s+){0,4}?(?:yapmak|hazırlamak|çizmek|yazmak|kurgulamak)\\s+isterim${END}|deneme\\s+olarak\\s+(?:${WORD}\\s+){0,2}?ücretsiz${END}`,
    // Indonesian: "aku bisa bikinin", "kalau butuh asisten flat color aku bisa".
    `(?:saya|aku|gue|gw)\\s+(?:bisa|siap|mau)\\s+(?:bantu(?:in)?|bikinin|buatin|kerjain|gambarin|editin|desainin|terjemahin)${END}|(?:kalau|kalo|jika|kl)\\s+(?:kakak\\s+|kamu\\s+|anda\\s+|kak\\s+)?(?:butuh|perlu)\\s+(?:${WORD}\\s+){1,4}?(?:saya|aku|gue|gw)\\s+(?:bisa|siap|mau)${END}`,
  ].join("|")})|${JA_OFFER_MORE}`,
  "iu",
);

// A pitch: the work they do, said in the first person present with what it makes and no article
// before it ("compongo bandas sonoras para juegos", "je compose des musiques", "I edit
// podcasts", "oyunlar için müzik besteliyorum", "ゲーム音楽を作曲しています"), which a vendor puts
// as a trade, not "hago un podcast" (a thing of their own) nor "I write to ask". Read as an offer only with TAKEN_UP
// and no joint work (JOINTLY).
const ARTICLE =
  "(?:a|an|the|my|our|your|you|u|to|for|about|it|this|that|here|un|una|unos|unas|el|la|los|las|mi|mis|um|uma|o|os|as|meu|minha|le|les|des\\s+(?:trucs|choses)|mon|ma|mes|ein|eine|einen|mein\\p{L}*|il|lo|uno|gli|i|mio|mia|een|het|de|mijn|bir|sebuah|satu)";
// Turkish and Japanese say the work before the verb: "müzik besteliyorum", "作曲しています".
const PITCH_SOV = `${BARE_START}\\p{L}{3,}\\s+(?:besteliyorum|tasarlıyorum|çiziyorum|kurguluyorum|çeviriyorum|üretiyorum|tasarlıyoruz|üretiyoruz)${END}|(?:作曲|編曲|制作|デザイン|イラスト|動画編集|翻訳|ミックス|撮影)(?:を)?(?:して(?:い)?ます|しております|承って|承ります)`;
const PITCH = new RegExp(
  `${BARE_START}(?:${[
    `(?:i|we)\\s+(?:compose|write|make|produce|design|edit|cut|shoot|film|illustrate|animate|draw|paint|translate|localize|localise|mix|master|record|build|develop|code|voice|narrate|subtitle)`,
    `(?:hago(?!\\s+(?:parte|falta|caso))|compongo|produzco|diseño|edito|monto|traduzco|ilustro|mezclo|animo|grabo|desarrollo|programo|escribo|creo|hacemos|diseñamos|editamos|producimos|creamos|desarrollamos|realizamos)`,
    `(?:faço(?!\\s+(?:parte|questão|ideia|falta))|componho|produzo|crio|desenho|traduzo|mixo|gravo|desenvolvo|escrevo|fazemos|criamos|produzimos|desenvolvemos|editamos)`,
    `(?:je\\s+(?:compose|produis|crée|dessine|monte|traduis|mixe|développe|code|réalise|conçois)|j['’](?:illustre|anime|enregistre|écris)|(?:nous|on|notre\\s+(?:studio|agence|équipe|atelier))\\s+(?:réalisons|réalise|créons|crée|concevons|conçoit|produisons|produit|développons|développe))`,
    `(?:ich\\s+(?:komponiere|produziere|erstelle|gestalte|zeichne|schneide|übersetze|illustriere|mische|animiere|entwickle|programmiere|schreibe|designe)|wir\\s+(?:erstellen|produzieren|gestalten|entwickeln|designen|realisieren))`,
    `(?:compongo|produco|disegno|traduco|illustro|mixo|registro|sviluppo|programmo|scrivo|realizzo|realizziamo|creiamo|produciamo|sviluppiamo)`,
    `(?:(?:ik|wij|we)\\s+(?:componeer|produceer|ontwerp|teken|monteer|vertaal|illustreer|animeer|ontwikkel|programmeer|schrijf|ontwerpen|produceren|ontwikkelen))`,
    `(?:komponuję|produkuję|tworzę|projektuję|rysuję|montuję|tłumaczę|ilustruję|miksuję|animuję|nagrywam|piszę|programuję|tworzymy|projektujemy|produkujemy)`,
    `(?:(?:aku|saya|kami)\\s+(?:bikin|membuat|mendesain|menggambar|mengedit|menerjemahkan|memproduksi|menulis))`,
  ].join("|")})\\s+(?!${ARTICLE}${END})\\p{L}|${PITCH_SOV}`,
  "iu",
);
// The pitch put to them: interest asked for their own work ("¿te interesa para tu próximo
// proyecto?", "interested for your next game?", "projen için ilgilenir misin?", "次のプロジェクト
// でいかがですか"), or its price from ("desde 500€", "from $300"). A bare "interested?" is not
// enough: clients say it after naming the work they need ("we need a card illustrator, $40/card.
// Interested?").
const YOURS =
  "(?:your|ur|next|tu|tus|su|sus|próximo|próxima|seu|sua|teu|tua|ton|ta|tes|votre|vos|prochain\\p{L}*|dein\\p{L}*|ihr\\p{L}*|eure?\\p{L}*|nächste\\p{L}*|tuo|tuoi|prossim\\p{L}*|je|jouw|uw|volgende|tw\\p{L}*|wasz\\p{L}*|następn\\p{L}*|berikutnya|selanjutnya|kamu|kakak)";
const TAKEN_UP = new RegExp(
  `${BARE_START}(?:(?:interested|(?:te|le|os|vos)\\s+interesa(?:r[ií]a)?|tem\\s+interesse|teria\\s+interesse|(?:ça|cela)\\s+(?:t['’]|vous\\s+)int[ée]ress(?:e|erait)|intéressée?s?|interesse|interessiert|ti\\s+interessa(?:rebbe)?|le\\s+interessa|interessat[oa]|interesuje\\s+(?:cię|pana|panią|was)|zainteresowan\\p{L}*|tertarik)(?:\\s+(?:it|this|that|to|ça|isso|eso|das|dat|questo))?\\s+(?:for|para|pra|pro|pour|für|per|voor|przy|do|buat|untuk)\\s+(?:${WORD}\\s+){0,2}?${YOURS}(?:\\s+${WORD}){0,3}?\\s*[?？]|(?:proje|oyun|kanal|video)\\p{L}*\\s+için\\s+ilgilenir\\s+mi(?:sin|siniz)|(?:from|desde|[aà]\\s+partir\\s+de|ab|a\\s+partire\\s+da|vanaf|od|mulai(?:\\s+dari)?)\\s+(?:[$€£]\\s?\\d|(?:rp\\.?|r\\$)\\s?\\d|\\d[\\d.,]*\\s?(?:€|\\$|zł|tl|₺|usd|eur|euros?|reais|dólares)))|(?:次|今後)の[^。！？!?\\n]{0,12}?(?:で|に)いかがですか`,
  "iu",
);
// Work made together or a collab asked ("¿hacemos algo juntos?", "interested in a collab?"): no
// vendor's pitch.
const JOINTLY =
  /(?<![\p{L}\p{N}])(?:collab\w*|kolab\w*|together|juntos|juntas|conmigo|comigo|insieme|ensemble|avec moi|zusammen|gemeinsam|mit mir|samen|met mij|razem|wsp[óo]ln\p{L}*|birlikte|benimle|bareng|bersama|colabor\p{L}*|collabor\p{L}*|zusammenarbeit\p{L}*|samenwerk\p{L}*|współprac\p{L}*)(?![\p{L}\p{N}])|一緒に|コラボ/iu;

/**
 * Where a pitch says the work they do ("compongo bandas sonoras"), when the text pitches: the work
 * put to the reader to take up or with its price, and not made together.
 */
export function pitchSpan(text: string): { start: number; end: number } | undefined {
  const m = PITCH.exec(text);
  if (!m || !TAKEN_UP.test(text) || JOINTLY.test(text)) return undefined;
  return { start: m.index, end: m.index + m[0].length };
}

/** A pitch of the work they do, put to the reader to take up or with its price. */
export function pitches(text: string): boolean {
  return pitchSpan(text) !== undefined;
}

// The recipient asked to do the work, or hired or paid: a request, whatever else it says.
const ASKS_RECIPIENT = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:hire|hiring|commission|pay|book)\\s+you(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:could|can|would|will)\\s+you\\s+(?:please\\s+)?(?:${EN_WORK}|sing|feature|join)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:we|i)(?:['’]d|\\s+would)?\\s+(?:like|love|want|need)\\s+you\\s+to(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:your\\s+(?:rates?|fees?|prices?)|how\\s+much\\s+(?:do|would)\\s+you\\s+charge)(?![\\p{L}\\p{N}])`,
    // A trade: "I'll do your logo if you design my cover", "…, you help me set up the input",
    // "art trade? you draw my oc, i draw yours" (not "Hi! You make the best tutorials").
    `(?:(?<![\\p{L}\\p{N}])(?:and|if|while|then)|,)\\s+(?:you|u)\\s+(?:${EN_WORK}|do|make|sing|help)\\s+(?:my|me|mine|our|the|a|an)(?![\\p{L}\\p{N}])`,
    `[?!.;:\\n]\\s*(?:you|u)\\s+(?:${EN_WORK}|do|make|sing|help)\\s+(?:my|me|mine)(?![\\p{L}\\p{N}])`,
    // A trade in other words: "io ti faccio il sito e tu mi fai il logo", "tú me haces".
    `(?<![\\p{L}\\p{N}])(?:tú\\s+me\\s+haces|tu\\s+me\\s+haces|vos\\s+me\\s+hacés|tu\\s+me\\s+fais|você\\s+me\\s+faz|tu\\s+me\\s+faz|tu\\s+mi\\s+fai|du\\s+machst\\s+mir|jij\\s+maakt\\s+(?:mijn|voor\\s+mij)|ty\\s+(?:mi\\s+)?zrobisz\\s+mi|sen\\s+de\\s+bana)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:contratart[ei]|contratarle|contratarlo|contratar-te|contratá-lo|te\\s+pagamos|le\\s+pagamos|te\\s+pagaríamos|te\\s+engager|vous\\s+engager|te\\s+payer|vous\\s+payer|vous\\s+rémunérer|dich\\s+(?:engagieren|beauftragen|buchen|bezahlen)|sie\\s+(?:engagieren|beauftragen|buchen)|ingaggiarti|assumerti|pagarti|je\\s+inhuren|u\\s+inhuren|zatrudnić|zatrudnic|sizi\\s+işe|seni\\s+işe|menyewa\\s+(?:kamu|anda)|依頼したい|お願いしたい|ご依頼)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:podrías|puedes|pourrais-tu|pourriez-vous|peux-tu|pouvez-vous|könntest\\s+du|könnten\\s+sie|kannst\\s+du|potresti|potrebbe|kun\\s+je|zou\\s+je|kunt\\s+u|czy\\s+mógłbyś|czy\\s+mogłabyś|czy\\s+możesz|você\\s+poderia|você\\s+pode|bisakah\\s+(?:kamu|anda))\\s+(?:nos\\s+|me\\s+|mir\\s+|uns\\s+|ci\\s+|ons\\s+|mi\\s+|nam\\s+|mnie\\s+)?(?:mezclar|diseñar|editar|producir|componer|mixer|concevoir|monter|produire|composer|mischen|mixen|gestalten|schneiden|produzieren|komponieren|mixare|progettare|montare|produrre|comporre|mixen|ontwerpen|monteren|produceren|zmiksować|zaprojektować|zmontować|mixar|editar|produzir|compor)(?![\\p{L}\\p{N}])`,
  ].join("|"),
  "iu",
);

/**
 * The sender offers their own service or help to the recipient ("I could edit your videos", "my
 * rates start at…", "me encantaría ayudarte", "ich könnte deine Videos schneiden"), and does not
 * also ask the recipient to do the work or to be hired.
 */
export function offersService(text: string): boolean {
  const offers =
    EN_OFFER.test(text) ||
    OTHER_OFFER.test(text) ||
    OFFER_MORE.test(text) ||
    (FREELANCER.test(text) && I_COULD.test(text)) ||
    pitches(text);
  return offers && !ASKS_RECIPIENT.test(text);
}

/** Where a sentence offers its work: each offer pattern's first match, in the text's order. */
export function offerSpans(text: string): Array<{ start: number; end: number }> {
  const patterns = [
    EN_OFFER,
    OTHER_OFFER,
    OFFER_MORE,
    ...(FREELANCER.test(text) ? [I_COULD] : []),
    ...(pitches(text) ? [PITCH] : []),
  ];
  return patterns
    .map((re) => re.exec(text))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .sort((a, b) => a.start - b.start);
}
