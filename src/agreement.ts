// How often reviewers left each label the classifier gave: a live precision, in words both
// platforms' stats show.
import { LABEL_NAMES } from "./card-words.ts";
import { percent } from "./percent.ts";
import type { Stats } from "./ports.ts";
import { isLabel } from "./types.ts";

export function agreementText(stats: Stats): string {
  const rows = Object.entries(stats.byClassifier ?? {}).filter(([, c]) => c.labelled > 0);
  if (rows.length === 0) return "nothing labelled yet";
  return rows
    .map(([label, c]) => {
      const kept = c.labelled - c.corrected;
      const name = isLabel(label) ? LABEL_NAMES[label] : label;
      return `${name} ${kept}/${c.labelled} (${percent(kept / c.labelled)})`;
    })
    .join(" · ");
}
