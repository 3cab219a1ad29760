/**
 * Words written before a person's name that say it is a name: courtesy titles, academic, military,
 * religious, royal and political styles. Offices ("President", "Chancellor") are in offices.ts.
 * Both the bare and the dotted abbreviation are listed ("Dr", "Dr.").
 */
export const HONORIFICS: readonly string[] = [
  "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Messrs", "Messrs.",
  "Dr", "Dr.", "Prof", "Prof.", "Professor",
  "Sir", "Dame", "Lord", "Lady", "Baron", "Baroness", "Viscount", "Earl", "Countess", "Duke", "Duchess", "Marquess",
  "Prince", "Princess", "King", "Queen", "Emperor", "Empress", "Sheikh", "Sheik", "Shaikh", "Sheikha",
  "Hon", "Hon.", "Honourable", "Honorable", "Rt Hon", "Rt. Hon.",
  "Gen", "Gen.", "General", "Lt Gen", "Lt. Gen.", "Lieutenant General", "Maj Gen", "Maj. Gen.", "Major General",
  "Brig", "Brig.", "Brigadier", "Brig Gen", "Brig. Gen.", "Brigadier General", "Col", "Col.", "Colonel",
  "Lt Col", "Lt. Col.", "Lieutenant Colonel", "Lt", "Lt.", "Lieutenant", "Maj", "Maj.", "Major", "Capt", "Capt.", "Captain",
  "Cmdr", "Cmdr.", "Commander", "Adm", "Adm.", "Admiral", "Vice Admiral", "Rear Admiral", "Marshal", "Field Marshal",
  "Air Marshal", "Air Chief Marshal", "Sgt", "Sgt.", "Sergeant", "Cpl", "Cpl.", "Corporal", "Pte", "Pvt", "Pvt.",
  "Rev", "Rev.", "Reverend", "Fr", "Fr.", "Bishop", "Archbishop", "Cardinal", "Pope", "Patriarch", "Metropolitan",
  "Rabbi", "Imam", "Mullah", "Mufti", "Ayatollah", "Grand Ayatollah", "Hojatoleslam", "Cleric",
  "Rep", "Rep.", "Representative", "Sen", "Sen.", "Senator", "Gov", "Gov.", "Governor", "Judge", "Justice",
  "Amb", "Amb.", "Mme", "Mlle", "Herr", "Frau", "Signor", "Señor", "Senor", "Shri", "Smt", "Smt.",
  "Datuk", "Dato", "Dato'", "Tan Sri", "Tun", "Haji", "Hajji",
];

/** Lower-case words that sit inside a name between capitalised parts ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES: readonly string[] = [
  "de", "da", "di", "do", "dos", "das", "du", "del", "della", "degli", "dei", "la", "le", "van", "von", "der", "den",
  "ten", "ter", "zu", "y", "e", "bin", "bint", "binti", "ben", "ibn", "abu", "al", "el", "ould", "ap", "af", "av",
];

/** Generational suffixes: "Jr." means a different person from the father of the same name. */
export const NAME_SUFFIXES: readonly string[] = ["Jr", "Jr.", "Sr", "Sr.", "Jnr", "Snr", "II", "III", "IV"];

/** Royal styles: with a single given name they are part of how the person is named ("Prince Harry", "King Abdullah"). */
export const ROYAL_STYLES: readonly string[] = ["Prince", "Princess", "King", "Queen", "Emperor", "Empress"];

/**
 * Occupations written capitalised before a name at the start of a sentence ("Lawyer Jane Roe said"): not
 * part of the name. Words that mostly open compound names ("Producer Price Index", "Centre Point",
 * "Forward Plan", "Lock Street") are left out.
 */
export const OCCUPATIONS: readonly string[] = (
  "Lawyer Solicitor Barrister Attorney Actor Actress Singer Songwriter Author Writer Novelist Poet Playwright Composer Pianist Guitarist Drummer " +
  "Chef Doctor Surgeon Nurse Teacher Coach Striker Defender Goalkeeper Midfielder Winger Fullback Full-back Fly-half " +
  "Scrum-half Flanker Hooker Pitcher Catcher Shortstop Quarterback Footballer Cricketer Golfer Boxer Jockey Trainer Umpire Referee " +
  "Economist Analyst Strategist Journalist Reporter Photographer Campaigner Activist Businessman Businesswoman Entrepreneur Banker Investor " +
  "Comedian Presenter Broadcaster Historian Scientist Researcher Architect Artist Filmmaker"
).split(" ");
