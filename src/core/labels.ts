/** Tags or lists without repeats, compared case-insensitively; the first spelling seen wins. */
export function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = label.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Labels as stored: trimmed (a CSV cell loses its surrounding spaces anyway), none empty, none repeated. */
export const tidyLabels = (labels: readonly string[]): string[] =>
  distinctLabels(labels.map((label) => label.trim()).filter((label) => label !== ''));
