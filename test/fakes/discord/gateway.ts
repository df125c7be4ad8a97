// The gateway half of the fake: HELLO, IDENTIFY -> READY (+ GUILD_CREATE), heartbeats, and
// dispatches a test injects. JSON encoding, no compression (zlib-sync is not installed).
import type { WebSocket, WebSocketServer } from "ws";

const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, hello: 10, heartbeatAck: 11 };

export interface Session {
  /** The READY payload for a new session. */
  ready(): Record<string, unknown>;
  /** GUILD_CREATE payloads sent right after READY. */
  guilds(): Array<Record<string, unknown>>;
  /** A close code to answer IDENTIFY with (4014: disallowed intents), or null to accept. */
  refuseIdentify: number | null;
}

export class FakeGateway {
  /** The intents each IDENTIFY asked for. */
  readonly identified: number[] = [];
  private readonly sockets = new Set<WebSocket>();
  private seq = 0;

  constructor(wss: WebSocketServer, session: Session) {
    wss.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("message", (raw) => {
        const payload = JSON.parse(String(raw)) as { op: number; d: { intents?: number } };
        if (payload.op === OP.heartbeat) this.send(socket, { op: OP.heartbeatAck, d: null });
        if (payload.op === OP.identify) {
          this.identified.push(payload.d.intents ?? 0);
          if (session.refuseIdentify !== null) {
            socket.close(session.refuseIdentify, "refused by the test");
            return;
          }
          this.sendDispatch(socket, "READY", session.ready());
          for (const guild of session.guilds()) this.sendDispatch(socket, "GUILD_CREATE", guild);
        }
      });
      this.send(socket, { op: OP.hello, d: { heartbeat_interval: 41_250 } });
    });
  }

  /** Sends an event to every connected client, as Discord would. */
  dispatch(type: string, data: unknown): void {
    for (const socket of this.sockets) this.sendDispatch(socket, type, data);
  }

  get connected(): number {
    return this.sockets.size;
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
  }

  private sendDispatch(socket: WebSocket, type: string, data: unknown): void {
    this.send(socket, { op: OP.dispatch, t: type, s: ++this.seq, d: data });
  }

  private send(socket: WebSocket, payload: Record<string, unknown>): void {
    socket.send(JSON.stringify({ s: null, t: null, ...payload }));
  }
}
