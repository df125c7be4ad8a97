// Commands issued in the same tick of the event loop leave in one write. Sixteen jobs in flight
// each send a few commands; one syscall for all of them, instead of one each, is most of what
// ioredis costs a busy worker (the same batching autopipelining does, without its bookkeeping).
import type { Redis } from "ioredis";

export function coalesceWrites(redis: Redis): void {
  // A reconnect brings a new socket: each one gets the same treatment.
  redis.on("connect", () => {
    const socket = redis.stream;
    const write = socket.write;
    let corked = false;
    const flush = () => {
      corked = false;
      socket.uncork();
    };
    socket.write = function (this: typeof socket, ...args: Parameters<typeof write>) {
      if (!corked) {
        corked = true;
        socket.cork();
        process.nextTick(flush);
      }
      return write.apply(this, args);
    } as typeof write;
  });
}
