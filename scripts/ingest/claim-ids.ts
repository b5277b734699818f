/**
 * Ids are owned. A published id belongs to the source its publish record names; an unpublished id
 * claimed by two sources belongs to neither. Either way the error names both files, so that a new
 * file (or a sidecar's `id:`) can never take over a plan's URL because its name sorts first.
 */

export const PLAN_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export interface IdClaim {
  /** The source export that claims the id (`content/sources/zhangye-2026-2030.txt`). */
  readonly file: string;
  readonly id: string;
}

/** For each claim refused, by file, the reason. `owners` maps a published id to its source file. */
export function refuseIdClaims(claims: readonly IdClaim[], owners: ReadonlyMap<string, string>): Map<string, string> {
  const refused = new Map<string, string>();
  const byId = Map.groupBy(claims, (claim) => claim.id);
  for (const [id, group] of byId) {
    const owner = owners.get(id);
    for (const claim of group) {
      if (!PLAN_ID.test(id)) {
        refused.set(claim.file, `plan id "${id}" is not lowercase ASCII words joined by hyphens (e.g. zhangye-2026-2030)`);
      } else if (owner !== undefined && owner !== claim.file) {
        refused.set(
          claim.file,
          `plan id "${id}" is published from ${owner} (content/published/${id}.json); set another "id" in the sidecar`,
        );
      } else if (owner === undefined && group.length > 1) {
        const others = group.filter((other) => other !== claim).map((other) => other.file);
        refused.set(
          claim.file,
          `plan id "${id}" is also claimed by ${others.join(', ')}; neither is published until one sets another "id" in its sidecar`,
        );
      }
    }
  }
  return refused;
}
