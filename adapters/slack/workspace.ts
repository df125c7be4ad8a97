// Which workspace the app is installed in, from auth.test at start. A user id alone does not name a
// person: Slack's signature proves a request came through Slack, not which team it came from, so a
// click from another team (or another org) carrying a reviewer's id must not count as theirs.

export interface Workspace {
  teamId: string;
  /** The Enterprise Grid org, where there is one. */
  enterpriseId: string | null;
  /** Installed across the whole org: clicks may come from any of its teams. */
  orgWide: boolean;
}

/** Where a click, submission, command or event says it came from. */
export interface Origin {
  teamId?: string | null | undefined;
  enterpriseId?: string | null | undefined;
}

export function fromOurWorkspace(ours: Workspace, origin: Origin): boolean {
  const enterprise = origin.enterpriseId ?? null;
  if (ours.orgWide) return ours.enterpriseId !== null && enterprise === ours.enterpriseId;
  if (origin.teamId !== ours.teamId) return false;
  return enterprise === null || enterprise === ours.enterpriseId;
}

/** A reviewer: one of SLACK_REVIEWER_IDS, acting from the workspace the app is installed in. */
export function isReviewer(
  deps: { reviewerIds: ReadonlySet<string>; workspace: Workspace },
  userId: string,
  origin: Origin,
): boolean {
  return deps.reviewerIds.has(userId) && fromOurWorkspace(deps.workspace, origin);
}

/** The origin a block_actions or view_submission payload names. */
export function originOf(body: {
  team?: { id?: string } | null;
  enterprise?: { id?: string } | null;
}): Origin {
  return { teamId: body.team?.id ?? null, enterpriseId: body.enterprise?.id ?? null };
}
