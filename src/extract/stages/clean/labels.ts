import { type FurnitureFamily, wordCount } from "./family.js";

/** Words of page navigation and buttons: "More details", "Next story", "Back to top", "Show all". */
const UI_WORDS = new Set(
  [
    "more", "details", "detail", "read", "full", "story", "stories", "next", "previous", "prev", "back", "to", "top", "menu",
    "home", "show", "hide", "all", "close", "open", "expand", "collapse", "view", "continue", "see", "related", "latest",
    "news", "click", "here", "print", "listen", "watch", "photos", "photo", "video", "videos", "gallery", "comments",
    "comment", "loading", "skip", "content", "sections", "section", "search", "article", "articles", "page", "up", "the",
    "this", "load", "options", "settings", "log", "in", "out", "sign", "advertisement",
  ],
);

/** A short line made only of navigation words: a button or a menu item, never news. */
export function isNavigationLabel(line: string): boolean {
  if (line.length > 40 || wordCount(line, 4) > 4 || /[.!?"”]$/.test(line)) return false;
  const words = line.toLowerCase().replace(/[^a-z ]/g, " ").split(" ").filter(Boolean);
  return words.length > 0 && words.every((word) => UI_WORDS.has(word));
}

/**
 * Navigation labels left between paragraphs ("More details", "Next story", "Back to top"). Section
 * heads ("Talks in doubt") stay: they are the article's own words, and short lines that say
 * something are news until a rule knows better.
 */
export const labelFamily: FurnitureFamily = {
  name: "label",
  isFurniture: isNavigationLabel,
};
