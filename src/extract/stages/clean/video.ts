import { endsLikeSentence, type FurnitureFamily, matchesAny, wordCount } from "./family.js";

/** Player chrome and a clip's running time: "4:05", "01:12:30". */
const DURATION = /\b\d{1,2}:\d{2}(?::\d{2})?$/;

const PLAYER_LINES: readonly RegExp[] = [
  // CNN-style player block: "JUST WATCHED <clip> Replay More Videos ... MUST WATCH <clip> 02:07".
  /^JUST WATCHED\b/,
  /^MUST WATCH\b/,
  // A "CLOSE" button, alone or glued to the clip's description that follows it.
  /^CLOSE(\s|$)/,
  // Promotions for a clip: "NOW WATCH: …", "WATCH: …", "WATCH THE FULL INTERVIEW …", "VIDEO: …".
  /^(NOW WATCH|WATCH|VIDEO|WATCH LIVE|WATCH NOW)\b\s*:/i,
  /^WATCH( THE| LIVE| NOW| OUR)\b[^a-z]*$/,
  /^(play|watch|replay|pause|mute|unmute)( the)? video$/i,
  /^(up next|now playing|autoplay|video ad feedback)\b[^.!?]*$/i,
  // The Guardian's player: "Play Video 1:25 <title> – video"; a promo: "Watch as envoys arrive in Oslo".
  /^Play Video\b/i,
  /^Watch (as|how|live|now|the video|video)\b[^.!?]*$/i,
  /^\d+ videos?$/i,
];

/** Patterns that need a word of theirs in the line before they run. */
const GUARDED: readonly { word: string; pattern: RegExp }[] = [
  { word: "Replay More Videos", pattern: /Replay More Videos/ },
  { word: " video", pattern: /\s[–—-] video( report| explainer| interview| highlights)?$/i },
  // Markup left in the text by a player: poster="https://…jpg".
  { word: '="', pattern: /\b(poster|data-src|src)="[^"]*"/ },
  // A clip's dated agency credit: "… (May 27) AP".
  { word: ") ", pattern: /\((Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\) (AP|Reuters|AFP|Storyful|Wochit)$/ },
];

/** How a clip's description ends when it follows a bare CLOSE button: the outlet or clip agency. */
const CLIP_CREDIT_TAIL = /(\bUSA TODAY|\bWochit|\bStoryful|\(\w[\w ]*, USA TODAY\))$/;

/** A clip title with its running time and nothing that ends a sentence: "Envoys arrive in Oslo 01:41". */
function isClipTitle(line: string): boolean {
  if (line.length > 160 || !/\d/.test(line[line.length - 1] ?? "") || !DURATION.test(line)) return false;
  const title = line.replace(DURATION, "").trim();
  return title.length > 0 && wordCount(title, 16) <= 16 && !endsLikeSentence(title);
}

/** Video-player blocks: CNN's "JUST WATCHED … Replay More Videos", USA TODAY's "CLOSE" captions, clip titles with durations. */
export const videoFamily: FurnitureFamily = {
  name: "video",
  isFurniture: (line) =>
    matchesAny(PLAYER_LINES, line) || GUARDED.some(({ word, pattern }) => line.includes(word) && pattern.test(line)) || isClipTitle(line),
  neighbours(lines, claimedBy) {
    const claimed: number[] = [];
    lines.forEach((line, i) => {
      if (claimedBy[i] !== "video") return;
      const next = lines[i + 1];
      if (line === "CLOSE" && next !== undefined && claimedBy[i + 1] === undefined && CLIP_CREDIT_TAIL.test(next)) claimed.push(i + 1);
      if (!isClipTitle(line)) return;
      // A player repeats its clip's title without the duration just before or after it.
      const title = line.replace(DURATION, "").trim();
      for (const j of [i - 1, i + 1]) if (claimedBy[j] === undefined && lines[j] === title) claimed.push(j);
    });
    return claimed;
  },
};
