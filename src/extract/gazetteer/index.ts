export { AMBIGUOUS_CAPITALS, COMBINING_FORMS, COUNTRIES, countryByIso2, countryByIso3, type CountryEntry } from "./countries.js";
export { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, OCCUPATIONS, ROYAL_STYLES } from "./honorifics.js";
export { isAmbiguousGivenName, isGivenName } from "./given-names.js";
export { LOCAL_POSTS, OFFICE_TITLES, PARTY_POSTS, officeTitlesByForm, type OfficeCategory, type OfficeTitleEntry } from "./offices.js";
export { CLUB_PREFIXES, CLUB_SUFFIXES, ORGANIZATIONS, type OrganizationEntry } from "./organizations.js";
export { CITY_STATE_PLACES, PLACES, REGIONS, placesByForm, type PlaceEntry, type RegionEntry } from "./places.js";
