// The Bolt App and its receiver: HTTP (mounted on the app's own server at POST /slack/events) or
// Socket Mode (when SLACK_APP_TOKEN is set). It only routes: events, clicks, submissions, the
// slash command and the Home tab each go to one small handler.
import {
  App,
  type Logger as BoltLogger,
  HTTPReceiver,
  SocketModeReceiver,
  type webApi,
} from "@slack/bolt";
import type { AdapterContext } from "../../src/ports.ts";
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

export const EVENTS_PATH = "/slack/events";

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
      })
    : null;
  const http =
    socket === null
      ? new HTTPReceiver({
          // Bolt checks the signature and refuses requests older than 5 minutes with a 401.
          signingSecret: config.signingSecret ?? "",
          endpoints: EVENTS_PATH,
          logger: deps.boltLogger,
        })
      : null;
  const receiver = socket ?? http;
  if (!receiver) throw new Error("no Slack receiver");

  const app = new App({
    token: config.botToken,
    // Known ids mean no auth.test in the constructor and none before each event's ack.
    botId: deps.identities.botId,
    botUserId: deps.identities.botUserId,
    receiver,
    logger: deps.boltLogger,
    clientOptions: { ...deps.clientOptions },
  });
  app.error(async (err) => {
    deps.logger.error({ err: err.message, code: err.code }, "slack listener failed");
  });

  // Events are acknowledged by Bolt before listeners run; the work goes through the queue.
  app.event("message", async ({ event, body }) => {
    await deps.onMessage(event as MessageEvent, body as EventEnvelope);
  });
  app.event("app_home_opened", async ({ event }) => {
    if (event.tab !== "home") return;
    await publishHome(ctx, deps, event.user);
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
          body: { user: { id: body.user.id } },
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

async function triageCommand(
  ctx: AdapterContext,
  deps: BoltDeps,
  command: { user_id: string; text?: string },
): Promise<string> {
  if (!deps.reviewerIds.has(command.user_id)) return NOT_A_REVIEWER;
  const what = (command.text ?? "").trim().toLowerCase();
  if (what === "pending") return pendingText(await ctx.pending(20));
  if (what === "stats") return statsText(await ctx.stats(STATS_DAYS));
  return "Usage: `/triage pending` (open reviews) or `/triage stats` (the last 7 days).";
}

async function publishHome(ctx: AdapterContext, deps: BoltDeps, userId: string): Promise<void> {
  const reviewer = deps.reviewerIds.has(userId);
  const [reviews, stats] = reviewer
    ? await Promise.all([ctx.pending(20), ctx.stats(STATS_DAYS)])
    : [[], { days: STATS_DAYS, byLabel: {}, byOutcome: {} }];
  await deps.client.views.publish({
    user_id: userId,
    view: homeView(reviews, stats, { reviewer }) as never,
  });
}
