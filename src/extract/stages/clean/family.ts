/**
 * The shape of one family of page-furniture rules. The clean stage runs every family's `strip`
 * first (glued widget text inside a news line), then asks each family in priority order whether
 * the whole line is furniture, then lets `neighbours` rules drop lines that are furniture only
 * because of what surrounds them (a headline list under "Related:"). The first family to claim a
 * line names it in the trace, so the furniture report can count drops per family.
 */
export interface FurnitureFamily {
  /** Short kebab-case name, used in the trace and the furniture report. */
  readonly name: string;
  /** Removes widget text glued inside a line of news; returns the line unchanged unless that is unambiguous. */
  readonly strip?: (line: string) => string;
  /** True when the whole line is furniture. */
  readonly isFurniture?: (line: string) => boolean;
  /**
   * Lines that are furniture because of their neighbours. Gets every line (after `strip`) and the
   * family that has claimed each so far (undefined: kept); returns the indices this family claims.
   */
  readonly neighbours?: (lines: readonly string[], claimedBy: readonly (string | undefined)[]) => Iterable<number>;
}

/** True when any pattern matches: most families are a named list of patterns. */
export function matchesAny(patterns: readonly RegExp[], line: string): boolean {
  for (const pattern of patterns) if (pattern.test(line)) return true;
  return false;
}

/**
 * Patterns that may match anywhere in a line, tried only when one scan for their key words finds
 * one: every line meets every family, so most lines must be turned away by a single cheap test.
 */
export interface GuardedPatterns {
  readonly keyWords: RegExp;
  readonly patterns: readonly RegExp[];
}

export function matchesGuarded(guarded: GuardedPatterns, line: string): boolean {
  return guarded.keyWords.test(line) && matchesAny(guarded.patterns, line);
}

/** Ends like a sentence or a quote: headlines, labels and link lists do not. (A character test: it runs on every line.) */
export function endsLikeSentence(line: string): boolean {
  const last = line[line.length - 1];
  if (last === "." || last === "!" || last === "?" || last === "…" || last === '"' || last === "”") return true;
  const before = line[line.length - 2];
  return (last === "'" || last === "’") && (before === "." || before === "!" || before === "?");
}

/** Words of a line (lines are already trimmed, with single spaces). */
export function wordsOf(line: string): string[] {
  return line.split(" ").filter(Boolean);
}

/** Number of words, counting no further than `cap + 1`: cheap on long lines. */
export function wordCount(line: string, cap: number): number {
  let count = line.length > 0 ? 1 : 0;
  for (let at = line.indexOf(" "); at >= 0 && count <= cap; at = line.indexOf(" ", at + 1)) count++;
  return count;
}
