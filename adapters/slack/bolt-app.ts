// The Bolt App and its receiver: HTTP (mounted on the app's own server at POST /slack/events) or
// Socket Mode (when SLACK_APP_TOKEN is set). It only routes: events, clicks, submissions, the
// slash command and the Home tab each go to one small handler.
import {
  App,
  type Logger as BoltLogger,
  defaultProcessEventErrorHandler,
  HTTPModuleFunctions,
  HTTPReceiver,
  type Receiver,
  type ReceiverEvent,
  SocketModeReceiver,
  type webApi,
} from "@slack/bolt";
import type { Logger } from "pino";
import type { AdapterContext } from "../../src/ports.ts";
import { within } from "../../src/within.ts";
import { ACTION_PATTERN } from "./action-ids.ts";
import type { SlackConfig } from "./config.ts";
import type { EventEnvelope, Identities, MessageEvent } from "./inbound.ts";
import {
  type ActionBody,
  type ActionPayload,
  type InteractionDeps,
  NOT_A_REVIEWER,
  onCardAction,
  onEditSubmit,
  type ViewSubmission,
} from "./interactions.ts";
import { homeView, pendingText, STATS_DAYS, statsText } from "./reports.ts";
import { refusalBeforeBody, SLACK_BODY_LIMIT } from "./request-gate.ts";
import { isReviewer, type Origin } from "./workspace.ts";

export const EVENTS_PATH = "/slack/events";

/**
 * How long a DM's event may wait for its enqueue before it is left unacknowledged. Slack wants an
 * answer within 3 seconds; the rest is margin for the network.
 */
export const ACK_BUDGET_MS = 2500;

/**
 * The DM is not in Redis (ingest failed, or has not finished within ACK_BUDGET_MS): the event is
 * not acknowledged, so Slack delivers it again. Ingest is keyed by message id, so a redelivery of a
 * DM that did get queued in the end is still one review.
 */
export class NotQueued extends Error {
  // Bolt passes errors with a code through to the receiver as they are.
  readonly code = "collab_triage_not_queued";
}

export interface BoltDeps extends InteractionDeps {
  config: SlackConfig;
  identities: Identities;
  clientOptions: webApi.WebClientOptions;
  boltLogger: BoltLogger;
  onMessage(event: MessageEvent, envelope: EventEnvelope): Promise<void>;
}

export interface BoltHandle {
  app: App;
  /** Socket Mode connects on start; HTTP needs nothing beyond the mounted route. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createBoltApp(ctx: AdapterContext, deps: BoltDeps): BoltHandle {
  const { config } = deps;
  const socket = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger: deps.boltLogger,
        // The socket client asks apps.connections.open through this base URL (GovSlack, tests).
        installerOptions: { clientOptions: { ...deps.clientOptions } },
        // An envelope left unacknowledged is sent again by Slack (retry_attempt).
        processEventErrorHandler: async (args) =>
          args.error instanceof NotQueued ? false : defaultProcessEventErrorHandler(args),
      })
    : null;
  const http =
    socket === null
      ? new HTTPReceiver({
          // Bolt checks the signature and refuses requests older than 5 minutes with a 401.
          signingSecret: config.signingSecret ?? "",
          endpoints: EVENTS_PATH,
          // Longer bodies (chunked ones included) are refused with a 413 as they arrive.
          bodyLimit: SLACK_BODY_LIMIT,
          logger: deps.boltLogger,
          processEventErrorHandler: async (args) => {
            if (!(args.error instanceof NotQueued)) {
              return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
            }
            // Any answer but a 2xx makes Slack retry (x-slack-retry-num). True only stops Bolt's
            // own 3-second timer from answering a second time.
            if (!args.response.headersSent) args.response.writeHead(503).end();
            return true;
          },
        })
      : null;
  const receiver = socket ?? http;
  if (!receiver) throw new Error("no Slack receiver");

  const app = new App({
    token: config.botToken,
    // Known ids mean no auth.test in the constructor and none before each event's ack.
    botId: deps.identities.botId,
    botUserId: deps.identities.botUserId,
    receiver: ackMessagesOnceQueued(receiver, deps.logger),
    logger: deps.boltLogger,
    clientOptions: { ...deps.clientOptions },
  });
  app.error(async (err) => {
    // Up to the receiver, which then leaves the event unacknowledged.
    if (err instanceof NotQueued) throw err;
    deps.logger.error({ err: err.message, code: err.code }, "slack listener failed");
  });

  // A message event is acknowledged once onMessage has queued it (ackMessagesOnceQueued); other
  // events are acknowledged by Bolt before their listeners run.
  app.event("message", async ({ event, body }) => {
    await deps.onMessage(event as MessageEvent, body as EventEnvelope);
  });
  app.event("app_home_opened", async ({ event, body }) => {
    if (event.tab !== "home") return;
    const envelope = body as EventEnvelope;
    await publishHome(ctx, deps, event.user, {
      teamId: envelope.team_id,
      enterpriseId: envelope.enterprise_id,
    });
  });
  app.action({ action_id: ACTION_PATTERN }, async ({ body, action, ack }) => {
    await onCardAction(
      { body: body as unknown as ActionBody, action: action as ActionPayload, ack: () => ack() },
      deps,
    );
  });
  app.view(
    { callback_id: ACTION_PATTERN, type: "view_submission" },
    async ({ body, view, ack }) => {
      await onEditSubmit(
        {
          body: {
            user: { id: body.user.id },
            team: body.team,
            enterprise: body.enterprise ?? null,
          },
          view: view as ViewSubmission["view"],
          ack: (response) => (response ? ack(response) : ack()),
        },
        deps,
      );
    },
  );
  app.command("/triage", async ({ command, ack }) => {
    // The answer is the acknowledgement itself: ephemeral, seen only by who asked.
    await ack({ response_type: "ephemeral", text: await triageCommand(ctx, deps, command) });
  });

  if (http) {
    ctx.route("POST", EVENTS_PATH, (req, res) => {
      const refusal = refusalBeforeBody(req.headers);
      if (refusal) {
        // Answered on the headers; the connection closes instead of reading the body.
        res.writeHead(refusal.status, { "content-type": "application/json", connection: "close" });
        res.end(JSON.stringify({ error: refusal.error }));
        return;
      }
      try {
        http.requestListener(req, res);
      } catch {
        res.writeHead(404).end();
      }
    });
  }

  return {
    app,
    async start() {
      if (socket) await socket.start();
    },
    async stop() {
      if (socket) await socket.stop();
    },
  };
}

/**
 * Bolt acknowledges every Events API request before its listeners run (App.processEvent), so a DM
 * Slack saw acknowledged could still be waiting for Redis when the process died, and Slack does not
 * send an acknowledged event again. This receiver sits between Bolt's receiver and the App: for
 * message events it holds that early ack back and sends it only when the listener has finished,
 * that is when the DM is in the queue. Not queued within ACK_BUDGET_MS, or not at all: NotQueued,
 * no ack, and Slack retries. Only the enqueue is waited for: the work itself runs from the queue.
 */
function ackMessagesOnceQueued(receiver: Receiver, logger: Logger): Receiver {
  return {
    init(app: App) {
      const processEvent = (event: ReceiverEvent): Promise<void> =>
        isMessageEvent(event.body) ? processMessage(app, event, logger) : app.processEvent(event);
      // Bolt's receivers only call processEvent on the app they are given; the rest is the App's.
      receiver.init(Object.create(app, { processEvent: { value: processEvent } }) as App);
    },
    start: (...args: unknown[]) => receiver.start(...args),
    stop: (...args: unknown[]) => receiver.stop(...args),
  };
}

function isMessageEvent(body: ReceiverEvent["body"]): boolean {
  return body.type === "event_callback" && body.event?.type === "message";
}

async function processMessage(app: App, event: ReceiverEvent, logger: Logger): Promise<void> {
  try {
    // The ack Bolt calls first goes nowhere; the real one follows the listener.
    await within(app.processEvent({ ...event, ack: async () => {} }), ACK_BUDGET_MS, () => {
      throw new NotQueued(`not queued within ${ACK_BUDGET_MS} ms`);
    });
  } catch (err) {
    if (err instanceof NotQueued) {
      logger.warn(
        { eventId: event.body.event_id, retryNum: event.retryNum, reason: err.message },
        "message event not acknowledged: the DM is not queued yet, Slack will send it again",
      );
    }
    throw err;
  }
  await event.ack();
}

async function triageCommand(
  ctx: AdapterContext,
  deps: BoltDeps,
  command: { user_id: string; text?: string; team_id?: string; enterprise_id?: string },
): Promise<string> {
  const origin = { teamId: command.team_id, enterpriseId: command.enterprise_id };
  if (!isReviewer(deps, command.user_id, origin)) return NOT_A_REVIEWER;
  const what = (command.text ?? "").trim().toLowerCase();
  // A Slack reviewer sees Slack's reviews only: the others quote DMs sent to someone else.
  if (what === "pending") return pendingText(await ctx.pending(20, "slack"));
  if (what === "stats") return statsText(await ctx.stats(STATS_DAYS));
  return "Usage: `/triage pending` (open reviews) or `/triage stats` (the last 7 days).";
}

async function publishHome(
  ctx: AdapterContext,
  deps: BoltDeps,
  userId: string,
  origin: Origin,
): Promise<void> {
  const reviewer = isReviewer(deps, userId, origin);
  const [reviews, stats] = reviewer
    ? await Promise.all([ctx.pending(20, "slack"), ctx.stats(STATS_DAYS)])
    : [[], { days: STATS_DAYS, byLabel: {}, byOutcome: {}, byClassifier: {} }];
  await deps.client.views.publish({
    user_id: userId,
    view: homeView(reviews, stats, { reviewer }) as never,
  });
}
