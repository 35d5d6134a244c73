// Creating a Unicode-property pattern (\p{…}) costs time even before its first use, and eleven of them cost a fresh
// page more than a read (CHANGELOG.md). Content scripts start on every page of five sites, and with the Latin-1
// fast paths most pages never use one, so they are created on first use.

/** The pattern `make` builds, built once, on first call. */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= make();
    return pattern;
  };
}
