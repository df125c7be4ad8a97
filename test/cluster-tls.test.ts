// A Redis Cluster that speaks only TLS, with a certificate from a CA of the test's own: rediss://
// in REDIS_URL turns TLS on for every node, and the certificate is checked (Node trusts the CA only
// through NODE_EXTRA_CA_CERTS, so the bot runs as its own process: `npm start`, piped).
// In `npm run test:cluster`, not `npm test`: making certificates and a cluster takes a while.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClusterNode, startCluster, type TestCluster } from "./helpers/cluster.ts";
import { startMain } from "./helpers/main-process.ts";
import { freshPrefix } from "./helpers/redis.ts";
import { makeCertificates, type TestCertificates } from "./helpers/tls.ts";

let certificates: TestCertificates;
let cluster: TestCluster;
beforeAll(async () => {
  certificates = await makeCertificates();
  cluster = await startCluster({ masters: 3, tls: certificates });
}, 30_000);
afterAll(async () => {
  await cluster?.stop();
  certificates?.remove();
});

const line = `${JSON.stringify({ text: "would you mix my EP in April? budget $900", author: "Maya" })}\n`;

async function pipedStart(env: Record<string, string>) {
  const { child, out, exited } = startMain(freshPrefix("cluster-tls"), env);
  child.stdin.end(line);
  return { code: await exited, ...out };
}

describe("a Redis Cluster over TLS", () => {
  it("is reached with rediss:// in REDIS_URL and a trusted CA", async () => {
    const node = cluster.nodes[1] as ClusterNode;
    const run = await pipedStart({
      REDIS_URL: "rediss://127.0.0.1:1",
      REDIS_CLUSTER_NODES: node.address,
      NODE_EXTRA_CA_CERTS: certificates.ca,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ label: "collaboration" });
  }, 30_000);

  it("refuses at start, in one line, a certificate it cannot trust and a plain redis:// URL", async () => {
    const node = cluster.nodes[0] as ClusterNode;
    const untrusted = await pipedStart({
      REDIS_URL: "rediss://127.0.0.1:1",
      REDIS_CLUSTER_NODES: node.address,
    });
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(
      /^collab-triage: cannot reach the Redis Cluster at \S+ \(self-signed certificate in certificate chain\)\. .*\n$/,
    );
    const plain = await pipedStart({ REDIS_CLUSTER_NODES: node.address });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(
      /^collab-triage: cannot reach the Redis Cluster at .*rediss:\/\/ for TLS\.\n$/,
    );
  }, 60_000);
});
