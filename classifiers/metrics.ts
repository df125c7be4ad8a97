// Scores for a set of predictions: accuracy, macro-F1, multiclass MCC and per-label
// precision/recall/F1, all read off one confusion matrix.

export interface LabelScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Report {
  accuracy: number;
  macroF1: number;
  mcc: number;
  labels: Record<string, LabelScores>;
  /** confusion[actual][predicted] = count. */
  confusion: Record<string, Record<string, number>>;
}

/** Labels in a stable order: those given first, then any others seen, sorted. */
export function labelOrder(
  actual: readonly string[],
  predicted: readonly string[],
  first: readonly string[] = [],
): string[] {
  const seen = new Set([...actual, ...predicted]);
  return [
    ...first.filter((l) => seen.has(l)),
    ...[...seen].filter((l) => !first.includes(l)).sort(),
  ];
}

export function evaluate(
  actual: readonly string[],
  predicted: readonly string[],
  order?: readonly string[],
): Report {
  if (actual.length !== predicted.length) throw new Error("actual and predicted differ in length");
  const labels = order ? [...order] : labelOrder(actual, predicted);
  const confusion: Record<string, Record<string, number>> = {};
  for (const a of labels) confusion[a] = Object.fromEntries(labels.map((p) => [p, 0]));
  actual.forEach((a, i) => {
    const row = confusion[a] as Record<string, number>;
    const p = predicted[i] as string;
    row[p] = (row[p] ?? 0) + 1;
  });
  return fromConfusion(confusion, labels);
}

export function fromConfusion(
  confusion: Record<string, Record<string, number>>,
  labels: readonly string[],
): Report {
  const cell = (a: string, p: string) => confusion[a]?.[p] ?? 0;
  const total = labels.reduce((s, a) => s + labels.reduce((t, p) => t + cell(a, p), 0), 0);
  const correct = labels.reduce((s, l) => s + cell(l, l), 0);
  const truth = labels.map((a) => labels.reduce((t, p) => t + cell(a, p), 0));
  const said = labels.map((p) => labels.reduce((t, a) => t + cell(a, p), 0));
  const perLabel: Record<string, LabelScores> = {};
  labels.forEach((l, i) => {
    const tp = cell(l, l);
    const precision = ratio(tp, said[i] as number);
    const recall = ratio(tp, truth[i] as number);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel[l] = { precision, recall, f1, support: truth[i] as number };
  });
  // Only labels that occur in the truth count toward macro-F1.
  const present = labels.filter((_, i) => (truth[i] as number) > 0);
  const macroF1 =
    present.length === 0
      ? 0
      : present.reduce((s, l) => s + (perLabel[l]?.f1 ?? 0), 0) / present.length;
  // Gorodkin's multiclass MCC (R_K): (c*s - sum p_k t_k) / sqrt((s^2 - sum p_k^2)(s^2 - sum t_k^2)).
  const pt = labels.reduce((s, _, i) => s + (said[i] as number) * (truth[i] as number), 0);
  const p2 = said.reduce((s, x) => s + x * x, 0);
  const t2 = truth.reduce((s, x) => s + x * x, 0);
  const denom = Math.sqrt((total * total - p2) * (total * total - t2));
  const mcc = denom === 0 ? 0 : (correct * total - pt) / denom;
  return { accuracy: ratio(correct, total), macroF1, mcc, labels: perLabel, confusion };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** A plain-text table for people: the headline numbers, per-label scores and the confusion matrix. */
export function formatReport(r: Report): string {
  const labels = Object.keys(r.labels);
  const width = Math.max(9, ...labels.map((l) => l.length));
  const pad = (s: string, n = width) => s.padEnd(n);
  const num = (x: number) => x.toFixed(3).padStart(9);
  const lines = [
    `accuracy ${r.accuracy.toFixed(3)}   macro-F1 ${r.macroF1.toFixed(3)}   MCC ${r.mcc.toFixed(3)}`,
    "",
    `${pad("label")} precision    recall        F1   support`,
    ...labels.map((l) => {
      const s = r.labels[l] as LabelScores;
      return `${pad(l)} ${num(s.precision)} ${num(s.recall)} ${num(s.f1)} ${String(s.support).padStart(9)}`;
    }),
    "",
    `confusion (rows = actual, columns = predicted)`,
    // Columns as wide as the longest label: a cut name could read as another label.
    `${pad("")} ${labels.map((l) => l.padStart(width)).join(" ")}`,
    ...labels.map(
      (a) =>
        `${pad(a)} ${labels.map((p) => String(r.confusion[a]?.[p] ?? 0).padStart(width)).join(" ")}`,
    ),
  ];
  return lines.join("\n");
}
