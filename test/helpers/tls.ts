// A throwaway certificate authority and a server certificate for 127.0.0.1, made with openssl in a
// temp directory: for a Redis that speaks only TLS.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface TestCertificates {
  /** The CA's certificate, for NODE_EXTRA_CA_CERTS or a client's `ca`. */
  ca: string;
  cert: string;
  key: string;
  remove(): void;
}

export async function makeCertificates(): Promise<TestCertificates> {
  const dir = mkdtempSync(join(tmpdir(), "collab-triage-tls-"));
  const at = (name: string) => join(dir, name);
  const subject = (cn: string) => ["-subj", `/CN=${cn}`];
  await run("openssl", [
    ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
    ...["-keyout", at("ca.key"), "-out", at("ca.crt"), ...subject("collab-triage test CA")],
  ]);
  await run("openssl", [
    ...["req", "-newkey", "rsa:2048", "-nodes", "-keyout", at("redis.key")],
    ...["-out", at("redis.csr"), ...subject("127.0.0.1")],
  ]);
  writeFileSync(at("san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
  await run("openssl", [
    ...["x509", "-req", "-in", at("redis.csr"), "-CA", at("ca.crt"), "-CAkey", at("ca.key")],
    ...["-CAcreateserial", "-out", at("redis.crt"), "-days", "1", "-extfile", at("san.ext")],
  ]);
  return {
    ca: at("ca.crt"),
    cert: at("redis.crt"),
    key: at("redis.key"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
