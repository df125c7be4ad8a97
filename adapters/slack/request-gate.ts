// What POST /slack/events refuses before anything reads the body: Bolt buffers a whole body before
// it checks the signature, so without this any stranger could make the process hold megabytes.

/**
 * Largest body taken from Slack. Its biggest payloads are interactions that carry the clicked card
 * (at most 50 blocks of 3,000 characters) and a view submission; a DM's event is far smaller.
 */
export const SLACK_BODY_LIMIT = 512 * 1024;

/** Slack signs each request's timestamp; Bolt refuses those older than this (its 5 minutes). */
const MAX_SKEW_S = 5 * 60;

/**
 * Why a request cannot be Slack's, judged on its headers alone, or null when it may be. The
 * signature itself is Bolt's to check, once the body is read within SLACK_BODY_LIMIT.
 */
export function refusalBeforeBody(
  headers: Record<string, string | string[] | undefined>,
  nowMs = Date.now(),
): { status: 401 | 413; error: string } | null {
  const signature = headers["x-slack-signature"];
  const timestamp = Number(headers["x-slack-request-timestamp"]);
  if (typeof signature !== "string" || signature === "" || !Number.isFinite(timestamp)) {
    return { status: 401, error: "not signed by Slack" };
  }
  if (Math.abs(nowMs / 1000 - timestamp) > MAX_SKEW_S) {
    return { status: 401, error: "stale or future request timestamp" };
  }
  const length = Number(headers["content-length"]);
  if (Number.isFinite(length) && length > SLACK_BODY_LIMIT) {
    return { status: 413, error: `body over ${SLACK_BODY_LIMIT} bytes` };
  }
  return null;
}
