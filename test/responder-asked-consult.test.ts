// Consulting asked by its verb ("would you consult for us?"): the work asked of them, as "could
// you review our…" is.
import { expect, it } from "vitest";
import { asksWorkByVerb } from "../src/responder/asked-work.ts";

it("reads consulting asked of the recipient", () => {
  expect(asksWorkByVerb("would you consult for us on the migration? $150/h")).toBe(true);
  expect(asksWorkByVerb("could you consult for a week in May?")).toBe(true);
  // Their own consulting, or advice asked of nobody in particular, is no work asked.
  expect(asksWorkByVerb("I consult for startups on pricing")).toBe(false);
  expect(asksWorkByVerb("we consult for us and our partners")).toBe(false);
});
