import { type Candidate } from "./family.js";
import { type Mention } from "./types.js";

/**
 * Settles one family's candidates against what earlier families accepted: longer candidates first,
 * then earlier ones (a family's own candidates compete the same way); a candidate is taken when it overlaps nothing accepted, or only mentions it
 * declares it replaces. Returns the new accepted list in text order (the input is not changed).
 */
export function settle(accepted: readonly Mention[], candidates: readonly Candidate[]): Mention[] {
  let result = [...accepted];
  const ordered = [...candidates].sort((a, b) => (b.mention.end - b.mention.start) - (a.mention.end - a.mention.start) || a.mention.start - b.mention.start);
  for (const candidate of ordered) {
    const m = candidate.mention;
    // Character spans, not tokens: the two sides of "Anglo-American" share one token.
    const clashes = result.filter((a) => a.start < m.end && m.start < a.end);
    if (clashes.some((c) => !candidate.replaces?.includes(c))) continue;
    result = [...result.filter((a) => !clashes.includes(a)), m];
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Which tokens of a sentence the mentions cover. */
export function takenTokens(mentions: readonly Mention[], tokenCount: number): boolean[] {
  const taken = new Array<boolean>(tokenCount).fill(false);
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken[k] = true;
  return taken;
}
