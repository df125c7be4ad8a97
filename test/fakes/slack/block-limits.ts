// Slack's checks of what a message or a view carries, as the fake applies them: Block Kit's lengths
// in Slack's characters (code points: an emoji is one, as Slack's own guidance counts them), block
// counts, and a message text past 40,000 characters cut with a warning rather than refused. Counted
// here with the spread operator, apart from the adapter's own counting, so a test checks one
// against the other. Text that is not well-formed (half an emoji) is refused: Slack reads the
// request as UTF-8 JSON, where a lone surrogate has no place.

/** One refusal: Slack's "must be less than N characters [json-pointer:/blocks/0/text/text]". */
export type Problem = string;

const TEXT_MAX = 40_000;

const characters = (text: string) => [...text].length;

/** Problems with a message's blocks (chat.postMessage, chat.update, chat.postEphemeral). */
export function messageProblems(args: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  if (typeof args.text === "string" && !args.text.isWellFormed()) {
    problems.push("text is not valid UTF-8 [json-pointer:/text]");
  }
  if (Array.isArray(args.blocks)) blocksProblems(args.blocks, 50, "/blocks", problems);
  return problems;
}

/** Problems with a view (views.open, views.publish, views.update). */
export function viewProblems(view: unknown): Problem[] {
  const problems: Problem[] = [];
  const v = (view ?? {}) as Record<string, unknown>;
  if (v.title) textObject(v.title, 24, "/view/title", problems);
  if (Array.isArray(v.blocks)) blocksProblems(v.blocks, 100, "/view/blocks", problems);
  return problems;
}

/** A message text as Slack keeps it: past 40,000 characters, cut there (and a warning). */
export function keptText(text: string): { text: string; truncated: boolean } {
  if (characters(text) <= TEXT_MAX) return { text, truncated: false };
  return { text: [...text].slice(0, TEXT_MAX).join(""), truncated: true };
}

function blocksProblems(blocks: unknown[], most: number, at: string, problems: Problem[]): void {
  if (blocks.length > most)
    problems.push(`no more than ${most} items allowed [json-pointer:${at}]`);
  blocks.forEach((raw, i) => {
    const b = (raw ?? {}) as Record<string, unknown>;
    const here = `${at}/${i}`;
    switch (b.type) {
      case "header":
        textObject(b.text, 150, `${here}/text`, problems);
        break;
      case "section":
        if (b.text !== undefined) textObject(b.text, 3000, `${here}/text`, problems);
        if (Array.isArray(b.fields)) {
          if (b.fields.length > 10) problems.push(`no more than 10 items [json-pointer:${here}]`);
          b.fields.forEach((f, j) => {
            textObject(f, 2000, `${here}/fields/${j}`, problems);
          });
        }
        break;
      case "context":
        (Array.isArray(b.elements) ? b.elements : []).forEach((e, j) => {
          const element = e as Record<string, unknown>;
          if (element.type !== "image") textObject(e, 2000, `${here}/elements/${j}`, problems);
        });
        break;
      case "actions":
        (Array.isArray(b.elements) ? b.elements : []).forEach((e, j) => {
          const element = (e ?? {}) as Record<string, unknown>;
          const where = `${here}/elements/${j}`;
          if (element.text) textObject(element.text, 75, `${where}/text`, problems);
          if (element.placeholder)
            textObject(element.placeholder, 150, `${where}/placeholder`, problems);
          (Array.isArray(element.options) ? element.options : []).forEach((o, k) => {
            textObject(
              (o as Record<string, unknown>).text,
              75,
              `${where}/options/${k}/text`,
              problems,
            );
          });
        });
        break;
      case "input": {
        textObject(b.label, 2000, `${here}/label`, problems);
        if (b.hint) textObject(b.hint, 2000, `${here}/hint`, problems);
        const element = (b.element ?? {}) as Record<string, unknown>;
        const maxLength = element.max_length;
        if (typeof maxLength === "number" && (maxLength < 1 || maxLength > 3000)) {
          problems.push(`must be between 1 and 3000 [json-pointer:${here}/element/max_length]`);
        }
        break;
      }
    }
  });
}

/** A text object's text: present, 1 to `max` characters, well-formed. */
function textObject(raw: unknown, max: number, at: string, problems: Problem[]): void {
  const text = (raw as { text?: unknown } | undefined)?.text;
  if (typeof text !== "string") {
    problems.push(`must provide a string [json-pointer:${at}/text]`);
  } else if (!text.isWellFormed()) {
    problems.push(`is not valid UTF-8 [json-pointer:${at}/text]`);
  } else if (characters(text) > max) {
    problems.push(`must be less than ${max + 1} characters [json-pointer:${at}/text]`);
  } else if (text === "") {
    problems.push(`must be more than 0 characters [json-pointer:${at}/text]`);
  }
}
