// The model file: one small JSON document. Hashed weights are stored only where non-zero, as
// delta-encoded varint bucket numbers plus int16 weights with one scale per label (base64), so
// the shipped file stays far under 5 MB and loads in milliseconds. Named-feature weights are kept
// as plain numbers keyed by feature id, readable in a diff.
import { DEFAULT_FEATURES, type FeatureConfig } from "./features.ts";
import { NAMED } from "./message-features.ts";
import { hashedScale, Model } from "./model.ts";

export const FORMAT = "collab-triage-logreg";
export const VERSION = 1;

interface ModelFile {
  format: string;
  version: number;
  labels: string[];
  features: FeatureConfig;
  temperature: number;
  /** Absent in files from before the decision rule: plain argmax. */
  spamThreshold?: number;
  bias: number[];
  named: Record<string, number[]>;
  hashed: { rows: number; scale: number[]; index: string; weights: string };
  meta: Record<string, unknown>;
}

export class ModelFormatError extends Error {
  override readonly name = "ModelFormatError";
}

const round = (x: number, digits = 6) => Number(x.toFixed(digits));

export function encodeModel(model: Model): string {
  const c = model.labels.length;
  const base = model.featurizer.namedBase;
  const scale = hashedScale(model.weights, base, c);
  const index: number[] = [];
  const q: number[] = [];
  let last = 0;
  for (let i = 0; i < base; i++) {
    const row = Array.from({ length: c }, (_, k) =>
      Math.round((model.weights[i * c + k] as number) / (scale[k] as number)),
    );
    if (row.every((v) => v === 0)) continue;
    writeVarint(index, i - last);
    last = i;
    q.push(...row);
  }
  const named: Record<string, number[]> = {};
  NAMED.forEach((f, n) => {
    const row = Array.from({ length: c }, (_, k) =>
      round(model.weights[(base + n) * c + k] as number),
    );
    if (row.some((v) => v !== 0)) named[f.id] = row;
  });
  const file: ModelFile = {
    format: FORMAT,
    version: VERSION,
    labels: model.labels,
    features: model.featurizer.config,
    temperature: round(model.temperature),
    spamThreshold: round(model.spamThreshold),
    bias: Array.from(model.bias, (b) => round(b)),
    named,
    hashed: {
      rows: q.length / c,
      scale: scale.map((s) => Number(s.toPrecision(8))),
      index: Buffer.from(index).toString("base64"),
      weights: Buffer.from(new Int16Array(q).buffer).toString("base64"),
    },
    meta: model.meta,
  };
  return `${JSON.stringify(file)}\n`;
}

/** Parses a model file; throws ModelFormatError saying what is wrong. */
export function decodeModel(text: string): Model {
  let file: ModelFile;
  try {
    file = JSON.parse(text) as ModelFile;
  } catch {
    throw new ModelFormatError("not JSON");
  }
  if (file?.format !== FORMAT) throw new ModelFormatError(`not a ${FORMAT} model file`);
  if (file.version !== VERSION) throw new ModelFormatError(`unsupported version ${file.version}`);
  const labels = file.labels;
  if (!Array.isArray(labels) || labels.length < 2 || !labels.every((l) => typeof l === "string"))
    throw new ModelFormatError("labels must be a list of two or more names");
  const c = labels.length;
  const features = { ...DEFAULT_FEATURES, ...file.features };
  if (!Number.isInteger(features.bits) || features.bits < 8 || features.bits > 24)
    throw new ModelFormatError("features.bits must be 8-24");
  if (!Array.isArray(file.bias) || file.bias.length !== c) throw new ModelFormatError("bad bias");
  const base = 2 ** features.bits;
  const weights = new Float32Array((base + NAMED.length) * c);
  const index = Buffer.from(file.hashed?.index ?? "", "base64");
  const raw = Buffer.from(file.hashed?.weights ?? "", "base64");
  const rows = file.hashed?.rows ?? 0;
  if (raw.length !== rows * c * 2) throw new ModelFormatError("hashed weights are truncated");
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  const scale = file.hashed.scale;
  let pos = 0;
  let bucket = 0;
  for (let r = 0; r < rows; r++) {
    const read = readVarint(index, pos);
    pos = read.next;
    bucket += read.value;
    if (bucket >= base) throw new ModelFormatError("hashed index out of range");
    for (let k = 0; k < c; k++)
      weights[bucket * c + k] = (q[r * c + k] as number) * (scale[k] ?? 0);
  }
  NAMED.forEach((f, n) => {
    const row = file.named?.[f.id];
    if (row) for (let k = 0; k < c; k++) weights[(base + n) * c + k] = row[k] ?? 0;
  });
  const temperature = Number(file.temperature);
  if (!(temperature > 0)) throw new ModelFormatError("temperature must be positive");
  const spamThreshold = Number(file.spamThreshold ?? 0);
  if (!(spamThreshold >= 0 && spamThreshold < 1))
    throw new ModelFormatError("spamThreshold must be in [0, 1)");
  return new Model({
    labels,
    features,
    temperature,
    spamThreshold,
    bias: Float64Array.from(file.bias),
    weights,
    meta: file.meta ?? {},
  });
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

function readVarint(buf: Buffer, start: number): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  let pos = start;
  for (;;) {
    const byte = buf[pos++];
    if (byte === undefined) throw new ModelFormatError("hashed index is truncated");
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return { value, next: pos };
    shift += 7;
  }
}
