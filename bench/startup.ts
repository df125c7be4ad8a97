// `npm run bench:startup`: how long the bot takes from spawn to a 200 on /healthz, and how much
// memory its whole process tree (npm, tsx's launcher and the bot) holds once idle, for each way of
// running it: `npm start` (TypeScript through tsx), `node --import tsx` (the old Docker command)
// and `node dist/src/main.js` (the build, `npm run build` first). The console in lines mode with
// stdin held open stands in for a platform; it needs Redis at REDIS_URL. RSS is read from /proc,
// so Linux only.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg } from "node:os";
import { connect, dropPrefix, freshPrefix, REDIS_URL } from "../test/helpers/redis.ts";

const RUNS = 3;
const IDLE_MS = 5000;

const variants: Record<string, string[]> = {
  "npm start (tsx)": ["npm", "start", "--silent"],
  "node --import tsx src/main.ts": [process.execPath, "--import", "tsx", "src/main.ts"],
  "node dist/src/main.js": [process.execPath, "dist/src/main.js"],
};

if (!existsSync("dist/src/main.js")) {
  process.stderr.write("bench:startup: no dist/ yet; run `npm run build` first\n");
  process.exit(1);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Every process below `root` (itself included), from /proc's parent links. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop() as number;
    out.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** CPU seconds (user + system) the processes have used: unlike wall time, not inflated by load. */
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks / 100; // USER_HZ, 100 on Linux
}

function rssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

async function once(
  argv: string[],
  prefix: string,
): Promise<{ ms: number; cpu: number; mb: number }> {
  const port = await freePort();
  const started = performance.now();
  const [cmd, ...args] = argv as [string, ...string[]];
  const child: ChildProcess = spawn(cmd, args, {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      CONSOLE_MODE: "lines",
      PORT: String(port),
    },
    stdio: ["pipe", "ignore", "ignore"],
    detached: true,
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (performance.now() - started > 30_000) throw new Error(`${argv.join(" ")}: not healthy`);
      await new Promise((r) => setTimeout(r, 10));
    }
    const ms = performance.now() - started;
    const cpu = cpuSeconds(tree(child.pid as number));
    await new Promise((r) => setTimeout(r, IDLE_MS));
    return { ms, cpu, mb: rssMb(tree(child.pid as number)) };
  } finally {
    // Our own process group: npm's and tsx's children go with it.
    process.kill(-(child.pid as number), "SIGTERM");
    await new Promise((r) => child.once("close", r));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const prefix = freshPrefix("bench-startup");
const redis = connect();
try {
  console.log(
    `median of ${RUNS} runs; CPU and RSS of the whole process tree, RSS after ${IDLE_MS / 1000} s idle; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
  );
  for (const [name, argv] of Object.entries(variants)) {
    const runs: Array<{ ms: number; cpu: number; mb: number }> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(argv, prefix));
    console.log(
      `${name.padEnd(32)} start to healthy ${median(runs.map((r) => r.ms))
        .toFixed(0)
        .padStart(5)} ms (CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s)   idle RSS ${median(
        runs.map((r) => r.mb),
      )
        .toFixed(0)
        .padStart(4)} MB`,
    );
  }
} finally {
  await dropPrefix(redis, prefix);
  await redis.quit();
}
