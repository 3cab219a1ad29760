import { type FurnitureFamily, type GuardedPatterns, matchesAny, matchesGuarded } from "./family.js";

const NOTICE_LINES: readonly RegExp[] = [
  // Advertising slots and the page breaks around them.
  /^(advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|paid post|promoted|promotion|partner content|skip ad|skip advertisement)$/i,
  /^(story|article) continue(s|d)( below| after)?( (the )?(advertisement|ad))?$/i,
  /^continue reading( (the )?(main story|below|after (the )?advertisement))?\.?$/i,
  /^(advertisement|ad) ?[-–—:|] ?(story|article) continues below$/i,
  /^scroll (down )?to continue\b/i,
  // Copyright and reuse notices.
  /^(copyright\s*)?(©|\(c\))/i,
  /^copyright\s+\d{4}\b/i,
  // Update and age stamps: "Updated at 9:05 a.m. ET", "This story was updated on Friday to add …".
  /^[-–—]*\s*(updated?|last updated|first published|published|posted)( at| on)?:?\s+[\d(].{0,40}\b(a\.m\.|p\.m\.|am|pm|ET|EST|EDT|GMT|UTC|BST)\.?$/i,
  /^[-–—]*\s*update\s*:\s*(this |the )?(story|article|post|report) (has been |was |is )?updated\b/i,
  // "This" only: "The report was published on Monday" is news about a report.
  /^this (story|article|post|report) (has been|was|is being) updated\b/i,
  /^this article is more than \d+ (years?|months?|days?) old$/i,
  // Notes about the article itself: "CORRECTION: An earlier version misspelled …", "[Editor's note: …]"
  // (a correction says what was wrong: read as news it would state the error). An "UPDATE:" may
  // carry news ("UPDATE: the minister has confirmed the meeting") and stays unless it is about the story.
  /^\[?(correction|clarification|editor['’]s note)\s*:/i,
  /^this (article|story|report) (was|is) (originally )?(published|republished|updated)\b/i,
  /^(this|the) (article|story) was originally published\b/i,
  /^this (column|article|story|piece) (originally )?(appeared|ran) (in|on)\b/i,
  /^(analysis\/opinion|opinion|analysis|commentary|editorial)\s*:?$/i,
  // Comments boxes.
  /^(\d+ )?comments?( \(\d+\))?$/i,
  /^(show|view|hide|load) comments\b/i,
];

const NOTICES_ANYWHERE: GuardedPatterns = {
  keyWords: /cookie|privacy|consent|rights reserved|may not be|reprint|expressed/i,
  patterns: [
    // Cookie and consent notices.
    /\b(we|this (site|website)) uses? cookies\b/i,
    /\b(cookie (policy|settings|preferences|notice)|accept (all )?cookies|manage cookies)\b/i,
    /\byour (privacy|consent) (choices|settings)\b/i,
    // Copyright and reuse notices.
    /\ball rights reserved\b/i,
    /\bthis material may not be (published|broadcast|rewritten|redistributed)\b/i,
    /\bclick here for reprint permission\b/i,
    /\b(reprints?|permissions?) (and|&) (permissions?|reprints?)\b/i,
    // Opinion disclaimers: "The views expressed here are the writer's own."
    /\b(views|opinions) expressed (here|in this|in the|by)\b/i,
  ],
};

/** Advertising slots, cookie and copyright notices, update stamps and opinion disclaimers. */
export const noticeFamily: FurnitureFamily = {
  name: "notice",
  isFurniture: (line) => matchesAny(NOTICE_LINES, line) || matchesGuarded(NOTICES_ANYWHERE, line),
};
