// Two ways an ioredis Cluster could stay down after a failover, here set right:
// - Its connect() stays pending for good when the ready check finds the cluster down
//   (cluster_state:fail, as between a master's death and its replica's promotion): the client
//   reconnects by itself and becomes ready, but that promise never settles. BullMQ brings a
//   worker's blocking connection back with connect(), so the worker waited on it forever. Here
//   connect() also settles on the client's own "ready" or "end".
// - A reconnect from scratch knows only the nodes it was started with: with one named node, and
//   that node the dead master, it could never reconnect. Here every node the client meets joins
//   the nodes it reconnects through.
// Duplicates (BullMQ's blocking connections are duplicates) get both.
import { Cluster, type ClusterNode, type Redis } from "ioredis";

/** Nodes met beyond the named ones, newest kept: a cluster's nodes may be replaced for years. */
const MAX_MET = 64;

type Address = { host: string; port: number };
type Options = ConstructorParameters<typeof Cluster>[1];

export function clusterClient(nodes: readonly Address[], options: Options): Cluster {
  return resilient((startup) => new Cluster(startup, options), nodes);
}

/** `make` must hand `startup` to the Cluster as it is: ioredis keeps that array and reads it on each connect. */
function resilient(make: (startup: ClusterNode[]) => Cluster, named: readonly Address[]): Cluster {
  const startup: Address[] = named.map(({ host, port }) => ({ host, port }));
  const cluster = make(startup);
  cluster.on("+node", (node: Redis) => {
    const { host, port } = node.options;
    if (host === undefined || port === undefined) return;
    if (startup.some((s) => s.host === host && s.port === port)) return;
    startup.push({ host, port });
    if (startup.length > named.length + MAX_MET) startup.splice(named.length, 1);
  });

  // One listener for every pending connect(): while the cluster stays down, ioredis tries again
  // (each try another connect() that never settles) several times a second.
  const waiting = new Set<{ resolve(): void; reject(err: Error): void }>();
  cluster.on("ready", () => {
    for (const w of waiting) w.resolve();
    waiting.clear();
  });
  cluster.on("end", () => {
    for (const w of waiting) w.reject(new Error("Connection is closed."));
    waiting.clear();
  });
  const connect = cluster.connect.bind(cluster);
  cluster.connect = () =>
    new Promise<void>((resolve, reject) => {
      const waiter = { resolve, reject };
      waiting.add(waiter);
      connect().then(
        () => {
          waiting.delete(waiter);
          resolve();
        },
        (err: Error) => {
          waiting.delete(waiter);
          reject(err);
        },
      );
    });

  const duplicate = cluster.duplicate.bind(cluster);
  cluster.duplicate = (nodes?: ClusterNode[], overrides?: Parameters<Cluster["duplicate"]>[1]) =>
    resilient(
      (copy) => duplicate(copy, overrides),
      nodes && nodes.length > 0 ? (nodes as Address[]) : startup,
    );
  return cluster;
}
