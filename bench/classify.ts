// `npm run bench:classify`: LocalClassifier.predict over the dev set repeated, on one core:
// messages per second and p50/p99 latency. Wanted: >= 20,000 msg/s, p99 < 1 ms.
import { loadExamples } from "../classifiers/datasets.ts";
import { LocalClassifier } from "../classifiers/local.ts";
import { toInput } from "../classifiers/train.ts";
import { sharedFile } from "./shared-data.ts";

const inputs = loadExamples(sharedFile("dev/messages.jsonl"), "jsonl").map(toInput);
const N = Number(process.env.BENCH_N ?? 100_000);
const started = performance.now();
const classifier = await LocalClassifier.load(process.env.MODEL_PATH);
const loadMs = performance.now() - started;
for (let i = 0; i < 5_000; i++)
  classifier.predict(inputs[i % inputs.length] as (typeof inputs)[number]);

const latencies = new Float64Array(N);
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const s = performance.now();
  classifier.predict(inputs[i % inputs.length] as (typeof inputs)[number]);
  latencies[i] = performance.now() - s;
}
const seconds = (performance.now() - t0) / 1000;
latencies.sort();
const at = (q: number) => latencies[Math.min(N - 1, Math.floor(q * N))] ?? 0;
const rate = N / seconds;
console.log(
  `model load ${loadMs.toFixed(0)} ms; ${N} predictions over ${inputs.length} dev messages`,
);
console.log(
  `${Math.round(rate)} msg/s on one core; p50 ${(at(0.5) * 1000).toFixed(0)} µs, p99 ${(at(0.99) * 1000).toFixed(0)} µs, max ${(at(1) * 1000).toFixed(0)} µs`,
);
console.log(
  `wanted >= 20,000 msg/s and p99 < 1 ms: ${rate >= 20_000 && at(0.99) < 1 ? "met" : "NOT met"}`,
);
