import { type FurnitureFamily, matchesAny } from "./family.js";

const AUDIO_LINES: readonly RegExp[] = [
  // Text-to-speech and podcast players: "LISTEN TO ARTICLE 4:55", "Listen to this article", "Listen to this story".
  /^listen to (this )?(article|story|episode|podcast)\b/i,
  /^(listen|play audio|audio|now playing|listen now)\s*(\d{1,2}:\d{2}(:\d{2})?)?$/i,
  /^(audio|podcast)\s*:/i,
  // A bare running time left over from a player ("4:32", "04:32 min").
  /^\d{1,2}:\d{2}(:\d{2})?\s*(min|mins|minutes)?$/i,
  /^\d{1,2}\s*(min|mins|minute|minutes)\s+(listen|read)$/i,
];

/** NPR's player: "<title> Listen · 6:01 6:01". */
const LISTEN_BUTTON = /\bListen\s*·\s*\d{1,2}:\d{2}\b/;

/** Audio widgets: "LISTEN TO ARTICLE", "Listen to this article", a player's bare duration. */
export const audioFamily: FurnitureFamily = {
  name: "audio",
  isFurniture: (line) => matchesAny(AUDIO_LINES, line) || (line.includes("Listen") && LISTEN_BUTTON.test(line)),
};
