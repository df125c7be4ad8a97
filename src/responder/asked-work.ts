// Work asked of the recipient in English, by its verb: "could you review our…", "want you to
// shoot my…", "you'd host", "wanna play the opening night?". Each says what they need of the
// recipient, so the brief does not ask it. The other languages' shapes are in asked-foreign.ts.

// The usual shapes: "hire/contract/commission you to …", "we'd love you to design our…", "would
// you be up for mixing it", "you'd shoot our…", "need someone to build a…", "invite you to play",
// "book you as the headliner" (not "invite you to our server": no work). "can you make it?" is
// coming along, not work.
export const WORK_VERB =
  "consult|make(?!\\s+it(?![\\p{L}\\p{N}]))|create|cut|colou?r|letter|proofread|transcribe|caption|document|art-direct|customi[sz]e|review|audit|design|redesign|mix|master|edit+|knit|crochet|sew|sculpt|tattoo|tat|ink|ghostwrite|retouch|fine-tune|draw|illustrate|animate|write|translate|build|score|compose|record|shoot|photograph|paint|expand|extend|rig|model|produce|host|teach|voice|narrate|restore|tune|fix|port|localize|localise|remix|play|sing|perform|direct|judge|choreograph|dj|stitch|embroider|commentate|curate|style|moderate|headline|lead|run(?!\\s+it(?![\\p{L}\\p{N}]))|present|speak|rap|film|cater|officiate|co-?host|co-?write|co-?produce";
const WORK_GERUND =
  "doing(?=\\s+(?:my|our)\\s)|guesting|co-?writing|co-?hosting|curating|moderating|leading|running|speaking|presenting|filming|dj'?ing|commentating|styling|stitching|reviewing|auditing|designing|redesigning|mixing|mastering|editing|drawing|illustrating|animating|writing|translating|building|scoring|composing|recording|shooting|photographing|painting|producing|hosting|teaching|voicing|narrating|remixing|playing|singing|performing|directing|judging";
// What the work is done to or at: "our", "it", "a", "at our", "for the", "for us"…
const WORK_OBJECT =
  "(?:(?:(?:at|on|for|in)\\s+)?(?:our|my|your|ur|the|a|an|it|this|these|some|me\\s+(?:a|an|some|\\d+)|\\d+)|for\\s+us)";
const BY_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}])pay\\s+(?:you|u)\\s+to\\s+(?!(?:come|join|talk|chat|speak\\s+to|meet)(?![\\p{L}\\p{N}]))[\\p{L}]+|(?<![\\p{L}\\p{N}])(?:invite|inviting)\\s+(?:you|u)\\s+to\\s+(?:play|perform|speak|present|teach|judge|host|exhibit|sing|dj|apply|give|lead|run|moderate|contribute|join\\s+(?:us\\s+)?as)|book\\s+(?:you|u)\\s+as|(?:(?:contract|commission|hire|book)\\s+(?:you|u)\\s+(?:to|for)(?!\\s+(?:something|anything|a\\s+project|some\\s+work|work|stuff)(?![\\p{L}\\p{N}]))|(?:(?:would|could|can|will)\\s+(?:you|u)\\s+(?:please\\s+)?|(?:love|like|want|need)\\s+(?:for\\s+)?(?:you|u)\\s+to\\s+|(?:you'?d|you\\s+would|u'?d)\\s+|(?:someone|somebody|anyone|anybody)\\s+(?:to|who\\s+can)\\s+)(?:${WORK_VERB})\\s+${WORK_OBJECT}|would\\s+(?:you|u)\\s+be\\s+(?:up\\s+for|open\\s+to|interested\\s+in|down\\s+for|keen\\s+on)\\s+(?:${WORK_GERUND})\\s+${WORK_OBJECT})(?![\\p{L}\\p{N}])`,
  "iu",
);

// "do" names work only with its object, and not a call, a favour or something still open.
const DO_WORK =
  "do\\s+(?:the|a|an|our|my|some)\\s+(?!(?:call|chat|collab\\w*|meeting|zoom|coffee|thing|something|project|favou?r|quick\\s+call)(?![\\p{L}\\p{N}]))";
// Where a bare "wanna"/"want to" speaks to the recipient: at the start of a clause or after a
// greeting ("hey wanna DJ our party?"), or after "you"; not "we want to build a…". The word is
// looked for before the look back, which would otherwise scan a run of spaces from each of them.
const WANNA = `(?:(?:you|u|ya)\\s+|(?=wanna|want\\s|tryna)(?<=(?:^|[.!?,;:\\n|(]|\\p{Extended_Pictographic}|(?<![\\p{L}\\p{N}])(?:hey|hi|yo|so|ok|also|and))\\s*))(?:wanna|want\\s+to|tryna)\\s+`;
const YOU_WILL = "(?:you'?d|you'?ll|you\\s+would|you\\s+will|u'?d|u'?ll)\\s+(?:just\\s+)?";
// The shorter shapes: "could you do the backgrounds", "wanna play the opening night?", "would you
// be up to do the art", "you'd host." (the work ends its clause: "we bring prompts, you'd host"),
// "have you on our podcast", "wanna come through and do visuals". Each part is bounded by a word or a fixed lookbehind: linear.
const SHORTER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:(?:would|could|can|will)\\s+(?:you|u)\\s+(?:please\\s+)?|(?:love|like|want|need)\\s+(?:for\\s+)?(?:you|u)\\s+to\\s+|${YOU_WILL}|(?:someone|somebody|anyone|anybody)\\s+(?:to|who\\s+can)\\s+|would\\s+(?:you|u)\\s+be\\s+(?:up|down|able|willing|keen|happy|available)\\s+to\\s+)${DO_WORK}|(?:${WANNA}|would\\s+(?:you|u)\\s+be\\s+(?:up|down|able|willing|keen|happy|available)\\s+to\\s+)(?:(?:${WORK_VERB})\\s+${WORK_OBJECT}(?![\\p{L}\\p{N}])|${DO_WORK})|${YOU_WILL}(?:${WORK_VERB})(?=\\s*(?:[,.;!?)|]|$|and\\s|too(?![\\p{L}\\p{N}])))|(?:have|having)\\s+(?:you|u)\\s+on(?=\\s+(?:as|to|for|our|my|the|\\p{L}+['’]s)\\s)|${WANNA}(?:come|swing|pop|stop)\\s+(?:through|by|down|over|out)\\s+(?:and|to)\\s+(?:(?:${WORK_VERB})(?![\\p{L}\\p{N}])|do\\s+(?!(?:something|anything|stuff|it|that|this|a\\s+(?:call|chat|collab))(?![\\p{L}\\p{N}]))\\p{L}))`,
  "iu",
);

/** Work asked by its verb in the usual shapes: "could you mix it", "hire you to shoot…". */
export function asksWorkByVerb(text: string): boolean {
  return BY_VERB.test(text);
}

/**
 * Work asked in the shorter shapes of a DM ("wanna DJ our party?", "you'd host"); a thing made
 * together says it too, which the caller tells apart.
 */
export function asksWorkInShorterShapes(text: string): boolean {
  return SHORTER.test(text);
}
