// Slack accounts sending the nitro campaign's copies, each known to the fake with a name of its
// own: what the Slack campaign tests send from.
import { nitroCopies } from "../../helpers/keyword-classifiers.ts";
import type { SlackHarness } from "./harness.ts";

export function nitroSenders(harness: Pick<SlackHarness, "fake">, count: number) {
  return nitroCopies(count).map((copy, i) => {
    const user = `UGIFT${String(i + 1).padStart(4, "0")}`;
    harness.fake.users.set(user, {
      name: `gift${i + 1}`,
      real_name: copy.name,
      display_name: copy.name,
    });
    return { user, dm: `DGIFT${String(i + 1).padStart(4, "0")}`, text: copy.text };
  });
}
