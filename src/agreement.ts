// How often reviewers left each label the classifier gave: a live precision, in words both
// platforms' stats show.
import type { Stats } from "./ports.ts";

export function agreementText(stats: Stats): string {
  const rows = Object.entries(stats.byClassifier ?? {}).filter(([, c]) => c.labelled > 0);
  if (rows.length === 0) return "nothing labelled yet";
  return rows
    .map(([label, c]) => {
      const kept = c.labelled - c.corrected;
      return `${label} ${kept}/${c.labelled} (${Math.round((kept / c.labelled) * 100)}%)`;
    })
    .join(" · ");
}
