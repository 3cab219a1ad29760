import { type FurnitureFamily, type GuardedPatterns, matchesAny, matchesGuarded } from "./family.js";

const SUBSCRIPTION_STARTS: readonly RegExp[] = [
  /^sign up\b/i,
  /^(subscribe|subscribe now|subscribe today|already a subscriber\??|become a subscriber|log ?in|sign in|register)\b[^.]{0,80}$/i,
  // "Click here for …", "Click for more from …", "Visit our homepage for more stories".
  /^click (here|for|to)\b/i,
  /^visit [^.]{1,60}\b(homepage|home page|website|site) for more\b/i,
  /^like what you(’|')re reading\?/i,
];

const SUBSCRIPTIONS_ANYWHERE: GuardedPatterns = {
  keyWords: /sign|newsletter|inbox|subscri|recaptcha|privacy|terms of|click here|email|alerts|follow/i,
  patterns: [
    // Sign-up boxes: "Sign up for our daily newsletter", "Sign up here.", "Manage Newsletters".
    /\bsign up (here|now|today|for (free|our|the|daily|weekly|breaking))\b/i,
    /\b(manage|daily|weekly|morning|evening|breaking news|free) newsletters?\b/i,
    /\bnewsletter\b.*\b(sign up|subscribe|inbox|email)\b/i,
    /\b(delivered|straight|directly|sent) (to|into) your inbox\b/i,
    /\bby (signing up|subscribing|clicking)\b.*\b(agree|consent)\b/i,
    /\byou (can|may) unsubscribe\b/i,
    /\b(privacy policy|terms of (service|use))\b.*\b(apply|agree|consent)\b/i,
    /\bprotected by reCAPTCHA\b/i,
    /\b(subscribe|sign\s+up)\b.*\b(newsletter|updates|alerts)\b/i,
    /\bget (breaking news|the latest|our (best|top) stories)\b.*\b(inbox|email|alerts|app)\b/i,
    /\bclick here (for|to)\b/i,
    /\bto stay (updated|informed|up to date|in the loop)\b.*\b(follow|subscribe|sign up)\b/i,
  ],
};

/** Newsletter and subscription boxes, "Sign up", "Click here": the outlet talking to its reader about itself. */
export const subscriptionFamily: FurnitureFamily = {
  name: "subscription",
  isFurniture: (line) => matchesAny(SUBSCRIPTION_STARTS, line) || matchesGuarded(SUBSCRIPTIONS_ANYWHERE, line),
};
