/** A zod error as one readable line: "snapshot.followers: a Count needs …" (at most three issues). */
export function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ') || 'invalid';
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Quotes a user value in a reason, shortened so a 1 MB cell does not become a 1 MB message. */
export function quoted(value: string, max = 40): string {
  return `'${value.length > max ? `${value.slice(0, max)}…` : value}'`;
}
