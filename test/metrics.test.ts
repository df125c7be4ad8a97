import { describe, expect, it } from "vitest";
import { evaluate, formatReport, fromConfusion } from "../classifiers/metrics.ts";

// rows = actual, columns = predicted; every number below was worked out by hand.
const CONFUSION = {
  a: { a: 5, b: 1, c: 0 },
  b: { a: 2, b: 3, c: 1 },
  c: { a: 0, b: 1, c: 4 },
};

describe("metrics", () => {
  const report = fromConfusion(CONFUSION, ["a", "b", "c"]);

  it("computes accuracy as correct over total", () => {
    expect(report.accuracy).toBeCloseTo(12 / 17, 12);
  });

  it("computes per-label precision, recall, F1 and support", () => {
    expect(report.labels.a).toEqual({
      precision: expect.closeTo(5 / 7, 12),
      recall: expect.closeTo(5 / 6, 12),
      f1: expect.closeTo(10 / 13, 12),
      support: 6,
    });
    expect(report.labels.b?.precision).toBeCloseTo(3 / 5, 12);
    expect(report.labels.b?.recall).toBeCloseTo(1 / 2, 12);
    expect(report.labels.b?.f1).toBeCloseTo(6 / 11, 12);
    expect(report.labels.c?.f1).toBeCloseTo(4 / 5, 12);
    expect(report.labels.c?.support).toBe(5);
  });

  it("averages F1 over labels for macro-F1", () => {
    expect(report.macroF1).toBeCloseTo((10 / 13 + 6 / 11 + 4 / 5) / 3, 12);
  });

  it("computes Gorodkin's multiclass MCC", () => {
    // (c*s - sum p_k t_k) / sqrt((s^2 - sum p_k^2)(s^2 - sum t_k^2)) = (204 - 97) / sqrt(190 * 192)
    expect(report.mcc).toBeCloseTo(107 / Math.sqrt(190 * 192), 12);
  });

  it("gives the classic MCC for two labels", () => {
    const two = fromConfusion({ spam: { spam: 3, ham: 1 }, ham: { spam: 2, ham: 4 } }, [
      "spam",
      "ham",
    ]);
    expect(two.mcc).toBeCloseTo((3 * 4 - 2 * 1) / Math.sqrt(5 * 4 * 6 * 5), 12);
  });

  it("builds the same confusion matrix from label lists", () => {
    const actual: string[] = [];
    const predicted: string[] = [];
    for (const [a, row] of Object.entries(CONFUSION)) {
      for (const [p, n] of Object.entries(row)) {
        for (let i = 0; i < n; i++) {
          actual.push(a);
          predicted.push(p);
        }
      }
    }
    expect(evaluate(actual, predicted, ["a", "b", "c"])).toEqual(report);
  });

  it("scores a label never predicted as zero instead of dividing by zero", () => {
    const r = evaluate(["x", "y"], ["x", "x"]);
    expect(r.labels.y).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(r.mcc).toBe(0);
  });

  it("prints a table with the confusion matrix", () => {
    expect(formatReport(report)).toContain("macro-F1");
    expect(formatReport(report)).toContain("rows = actual");
  });
});
