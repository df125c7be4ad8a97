// How often reviewers left each label the classifier gave: a live precision, in words both
// platforms' stats show.
import { labelName } from "./card-words.ts";
import { percent } from "./percent.ts";
import type { Stats } from "./ports.ts";

export function agreementText(stats: Stats): string {
  const rows = Object.entries(stats.byClassifier ?? {}).filter(([, c]) => c.labelled > 0);
  if (rows.length === 0) return "nothing labelled yet";
  return rows
    .map(([label, c]) => {
      const kept = c.labelled - c.corrected;
      return `${labelName(label)} ${kept}/${c.labelled} (${percent(kept / c.labelled)})`;
    })
    .join(" · ");
}
