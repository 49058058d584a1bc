/**
 * What a language pack gives the PHI detector: the words of its context cues. Packs are data
 * (packs/en.ts); the detectors compile them once (see `compilePack` in compile.ts). Optional lists
 * default to empty, so a pack written for an older engine still loads.
 */
export interface PhiLanguagePack {
  language: string;
  relations: string[];
  relationTitles: string[];
  possessives: string[];
  coordinators: string[];
  /** Words before a family name: "la familia Orozco" (English puts "family" after: built in). */
  familyWordsBefore?: string[];
  /** Phrases that name somebody: any capitalised word after them is a name ("my name is", "se llama"). */
  namingPhrases?: string[];
  /** Self-introductions ("soy", "I'm"): a capitalised word after them is a name, from the lexicon if `introductionsNeedLexicon`. */
  selfIntroductions?: string[];
  introductionsNeedLexicon?: boolean;
  /** Relations that are also religious titles: a name after them is a relative's only when possessed ("my sister"). */
  religiousTitles?: string[];
  notNames: string[];
  placeCuesBefore: string[];
  placePhrasesBefore: string[];
  placeCuesAfter: string[];
  /** Articles between a cue and a place ("back in the Bywater", "vivo en la Pequeña Habana"); default "the". */
  articles?: string[];
  /**
   * Cues of where a person lives or comes from ("grew up in", "vivo en"): after them any
   * capitalised name is a place, in the gazetteer or not (countries, states and institutions pass).
   */
  strongPlacePhrases?: string[];
  /** Last words of a neighbourhood's name ("Ninth Ward", "Lower East Side"): a place after any place cue. */
  districtHeads?: string[];
  /** Words that make a capitalised name an institution, not a place ("Mercy Hospital", "Hope Lodge"). */
  institutionWords?: string[];
  countyWords: string[];
  notPlaces: string[];
  placeOrgNouns: string[];
  orgCues: string[];
  orgPhrases: string[];
  personalCues: string[];
  /** Words naming a clinician or staff member: places in their biography are not the patient's. */
  staffCues: string[];
  /** Parts of a business's social handle ("clinic", "official", "medspa"). */
  businessWords: string[];
  ordinalFollowers: string[];
  dateCuesBefore: string[];
  fractionFollowers: string[];
  fractionCuesBefore: string[];
  ordinalWords: string[];
  monthNames: string[];
  /** Words between a day and its month in the pack's order: "3 de noviembre". */
  dayMonthJoiners?: string[];
  /** Weekday names (full, as written): "martes 12", "Friday 9th". */
  weekdays?: string[];
  holidays: string[];
  holidayCuesBefore: string[];
  numberWords: Record<string, number>;
  hundredWords: string[];
  /** Words for years after a spelled age, and for "old": "ninety-one years old", "noventa años de edad". */
  yearWords?: string[];
  oldWords?: string[];
  /** Words after "years" that make a duration ("ninety years of service"), unless "old" follows. */
  yearsOfWords?: string[];
  ageCuesBefore: string[];
  ageSubjects: string[];
  ageUnitsAfter: string[];
  birthCues: string[];
  birthdayWords: string[];
  /** Street types written before the name ("calle", "Av.", "C/"); US suffixes are language-independent. */
  streetTypes?: string[];
  /** Words joining a house number to its street: "el 2301 de la calle Pecan". */
  streetNumberJoiners?: string[];
  /** Markers of a house number after the street: "#", "núm.", "no.". */
  houseNumberMarkers?: string[];
  /** Neighbourhood words before a name: "colonia Centro", "Urb. Villa Carolina". */
  districtWords?: string[];
  /** Lower-case words inside a street or neighbourhood name: "calle de la Paz". */
  nameConnectors?: string[];
  /** Words of a person's home: a street without a house number is an address in their sentence. */
  homeWords?: string[];
  /** Label words (one or two, lower case) before an identifier token, and the kind they make it. */
  idLabels: Record<string, string>;
  /** Label words that take the kind of another label nearby ("ID", "number"), else this kind. */
  genericIdLabels: Record<string, string>;
  /** Words that make a nearby token a measurement or a product, not an identifier. */
  notIdContext: string[];
}
