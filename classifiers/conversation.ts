// A conversation, as every classifier reads it: its messages in order and their text joined. The
// bot, the CLI and training all build it here, so a conversation is scored the same everywhere.
import type { ClassifyInput } from "../src/ports.ts";

/** The most messages of one conversation a classifier (and a card) looks at: the latest ones. */
export const MAX_CONVERSATION_MESSAGES = 20;
/** The most characters of one conversation a classifier looks at, counted from the latest. */
export const MAX_CONVERSATION_CHARS = 8000;

/**
 * The latest messages that fit both caps, oldest first. The newest message always stays (cut from
 * its start if it alone is too long): the ask usually comes last.
 */
export function latestMessages(texts: readonly string[]): string[] {
  const kept: string[] = [];
  let room = MAX_CONVERSATION_CHARS;
  for (let i = texts.length - 1; i >= 0 && kept.length < MAX_CONVERSATION_MESSAGES; i--) {
    const text = texts[i] ?? "";
    if (text.length > room) {
      if (kept.length === 0) kept.push(text.slice(text.length - room));
      break;
    }
    kept.push(text);
    room -= text.length + 1;
  }
  return kept.reverse();
}

/** The input for a conversation of one or more messages; `base` carries platform, context, author. */
export function conversationInput(
  texts: readonly string[],
  base: Omit<ClassifyInput, "text" | "messages"> = {},
): ClassifyInput {
  const messages = latestMessages(texts);
  const text = messages.join("\n");
  return messages.length > 1 ? { ...base, text, messages } : { ...base, text };
}
