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
  /** Words after a family name besides the built-in ones ("family", "girls", "household"): "the Lindqvist house". Lower case, after "the". */
  familyWordsAfter?: string[];
  /** Phrases that name somebody: any capitalised word after them is a name ("my name is", "se llama"). */
  namingPhrases?: string[];
  /**
   * Phrases that announce a baby or a child's day before the child's name ("nació", "les
   * presento a", "welcome baby", "christening of"): a given name of the lexicons after one is the
   * child's ("Nació Lía", "Welcome to the world, Rowan").
   */
  birthPhrases?: string[];
  /**
   * Closings of a card or a note ("love", "love you", "hugs"): given names of the lexicon after
   * one and a comma, closing the text or its line, sign it ("Love you, Mikey and Desiree 🎈").
   */
  valedictions?: string[];
  /**
   * Short forms of given names, by the name in lower case without accents ("guadalupe": ["lupe",
   * "lupita"]): the consenting subject's name is looked for under them too.
   */
  nicknames?: Record<string, string[]>;
  /** Given names take diminutive endings ("Anita", "Juanito", "Carmencita"): looked for too. */
  diminutives?: boolean;
  /** Self-introductions ("soy", "I'm"): a capitalised word after them is a name, from the lexicon if `introductionsNeedLexicon`. */
  selfIntroductions?: string[];
  introductionsNeedLexicon?: boolean;
  /**
   * Copulas that put a name before its relation ("Marcy is my sister", "Marcy es mi hermana"), and
   * the third-person pronouns that point back to the last given name ("Can Jen drive? she's my
   * niece"), contracted forms included.
   */
  relationCopulas?: string[];
  /**
   * Relative pronouns that open an appositive relation after a name: "Rosa Delgado, who is our
   * mom", "Milagros, que es mi mamá".
   */
  relativePronouns?: string[];
  /**
   * Words after a relation that make it somebody else's ("the husband of", "el esposo de"): an
   * appositive led by an article or by the relation itself ("Anselmo, el esposo de Ofelia",
   * "Rigoberto, vecino de la colonia") then names a relative.
   */
  relationOf?: string[];
  relationPronouns?: string[];
  /**
   * Lower-case words that may sit between a possessed relation and its name: "mi hermana mayor
   * Irma", "mi hijo el mayor, Ricardo", "my brother in law Gary", "my husband of 52 years, Earl".
   */
  relationModifiers?: string[];
  /**
   * Words that open a phrase after a possessed relation, before the name apposed between commas:
   * "my friend from church, Dolores,", "my roommate at the time, Jess,", "my partner of ten years, Rowan,".
   */
  relationPhraseLinks?: string[];
  /** Honorifics before a relative's name besides Mr./Mrs./Miss: "mi suegro don Beto". */
  honorifics?: string[];
  /**
   * Prefixes a register or a form writes before the name of a patient's relative, lower case, in
   * full or abbreviated: "Baby of Rekha" (a newborn named by its mother), "B/O Funmilayo Adebayo",
   * "Sunita Devi w/o Ramesh Kumar" (wife of), "Bilal s/o Muhammad Aslam" (son of). The name after
   * one (honorifics and "late" skipped) is a relative's (names.ts, findPrefixedRelativeNames).
   */
  relationPrefixes?: string[];
  /**
   * Kinship words a register writes after a relative's name, lower case: the English of South Asia
   * says "Bilal bhai" (brother), "Saima apa" (elder sister), "Kavitha akka", "Bablu chacha" (uncle).
   * A capitalised word right before one is a relative's name, unless it is a word of the pack that
   * is never a name, a month, a weekday, a relation, a staff title or follows one ("Dr. Aslam bhai")
   * (names.ts, findSuffixedRelativeNames).
   */
  relationSuffixes?: string[];
  /** Relations that name a relative only after a possessive: "my boys Tanner and Colt", "my oldest, Noah". */
  possessedOnly?: string[];
  /**
   * People of the writer's life who are no kin ("my coworker Dana", "our babysitter Kayla", "my
   * sponsor Gil"): relations only after a possessive and before a given name of the lexicons, as
   * the same words also introduce companies and programs ("our sponsor Walgreens"). Unlike
   * `relations`, they do not make a sentence speak of a relative.
   */
  socialRelations?: string[];
  /**
   * Relations that may be a paid helper ("caregiver", "cuidadora"): as the label of a form or a
   * note ("Caregiver: Marisol V.") they name an agency's staff, so `labelsName` skips them.
   */
  hiredRelations?: string[];
  /** Story words in a person's site name, beside a given name: "elianastrong.org", "gigisbraveheart.com", "runwithrachel.org". */
  personalSiteWords?: string[];
  /** The reader's possessives ("your", "su"): "your appt: Tue 6/11" is one reader's appointment in the organisation's message. */
  readerPossessives?: string[];
  /** Adjectives of affection between a possessive and a given name of the lexicons: "our little Eli", "my brave Maddie". */
  affectionAdjectives?: string[];
  /**
   * Offices an organisation's notice names its officers by, as a label or an apposition right
   * before the name ("Preside: Sra. Olivia Marín", "la presidenta, Marta Cuevas", "Chair: Dale
   * Ruiz"): the organisation's, not a patient's (officers.ts). Lower case, one or two words.
   */
  officerLabels?: string[];
  /**
   * Staff roles a notice or a form labels a name with, a colon after the role and at most two words
   * of it ("Fisioterapeuta responsable: Pablo Echeverría", "Agente comunitario: Sr. Florencio
   * Ccente"): the organisation's staff, not a patient (officers.ts). Lower case, one word each.
   */
  roleLabels?: string[];
  /** Articles and possessives of the organisation's voice before a role in apposition ("la directora, la señora Gladys Muñoz"). */
  roleArticles?: string[];
  /** Professional titles between a role and its name ("Coordinadora: Lic. Enf. Gladys Mamani"), lower case, no dot. */
  roleTitles?: string[];
  /**
   * Relations that label a contact in notes and dispatch texts ("Wife Aroha on 027…", "Esposa:
   * Maricela"): after one opening its clause, a capitalised word the lexicons lack is a name too.
   * Lower case; relations that open titles ("Baby Shark", "Uncle Sam") are left out.
   */
  contactRelations?: string[];
  /** Relations that are also religious titles: a name after them is a relative's only when possessed ("my sister"). */
  religiousTitles?: string[];
  notNames: string[];
  /** Phrases whose first word is a given name but that name nobody ("kia ora"), lower case (not-name-phrases.ts). */
  notNamePhrases?: string[];
  placeCuesBefore: string[];
  placePhrasesBefore: string[];
  placeCuesAfter: string[];
  /** Articles between a cue and a place ("back in the Bywater", "vivo en la Pequeña Habana"); default "the". */
  articles?: string[];
  /** A preposition fused with an article ("al hospital", "del centro"): a definite facility. */
  articleContractions?: string[];
  /**
   * Cues of where a person lives or comes from ("grew up in", "vivo en"): after them any
   * capitalised name is a place, in the gazetteer or not (countries, states and institutions pass).
   */
  strongPlacePhrases?: string[];
  /**
   * Adverbs that may sit inside a strong cue before its last word: "lives over in Frogtown",
   * "grew up right in", "vive allá en".
   */
  placeAdverbs?: string[];
  /**
   * Words that label a place with punctuation ("Nextdoor, Bywater", "Nextdoor (Overtown)",
   * "Hometown: Kanab"): a capitalised name after them is a place, in the gazetteer or not.
   */
  placeLabels?: string[];
  /** Words that label a place only as a form's field, before a colon ("City: Boise", "Town: Ballarat"; "the city, Boise…" is none). */
  placeFieldLabels?: string[];
  /** Nouns of a home place after a possessive, named in apposition: "su pueblo, San Pedro Soloma", "mi rancho, Los Altos". */
  homePlaceNouns?: string[];
  /** Words that address a town ("Thank you Pine Ridge", "gracias Harlem", "Heads up Maplewood"): a town of the gazetteer after them is one. */
  placeAddressCues?: string[];
  /**
   * Parts of a place before "of": "the south side of Bozeman", "the outskirts of Tulsa", "half of
   * Gallatin". A place of the gazetteer after them is one.
   */
  placePartNouns?: string[];
  /** Words right after a town that tell where a person comes from ("Pittsburgh born", "Tulsa raised"); not after a town that is a given name. */
  placeOriginAfter?: string[];
  /** Plural nouns of a town's people right after it, no article needed: "Tulsa people", "Little Rock friends", "Omaha moms"; not after a town that is a given name. */
  placeCommunityNouns?: string[];
  /** Lower-case adjectives between a place cue and the place: "in sunny Scottsdale", "from rural Iowa". */
  placeAdjectives?: string[];
  /** Spatial cues ("around", "near"): a name of two or more capitalised words after them is a place ("around Sugar House"). */
  spatialCues?: string[];
  /** Last words of a neighbourhood's name ("Ninth Ward", "Lower East Side"): a place after any place cue. */
  districtHeads?: string[];
  /** Words of a venue's name before its town ("VFW Post 1147, Muncie", "Fire Hall #2, Wausau"), besides the institution words. Lower case. */
  venueWords?: string[];
  /** Words that make a capitalised name an institution, not a place ("Mercy Hospital", "Hope Lodge"). */
  institutionWords?: string[];
  countyWords: string[];
  /**
   * First-level divisions of the countries the pack's readers come from (Mexican states…), lower
   * case: larger than a city, so never an identifier ("vivo en Jalisco"); after "X, " they make X a
   * place, as US states do ("Jerez, Zacatecas").
   */
  states?: string[];
  /**
   * Phrases before a place that make it a first-level division, larger than a city ("Comunidad de
   * Madrid", "Región de Murcia", "state of Washington"), lower case: never an identifier.
   */
  regionPrefixes?: string[];
  /**
   * Five-digit postal codes outside the US list are read too (Spain's, Mexico's: "Málaga 29005",
   * "37000 León"), only with a town or a street right before or a town right after.
   */
  foreignPostcodes?: boolean;
  /**
   * Words right before a month named alone that make it the month of an event ("in March",
   * "since May", "en marzo"), lower case: such a month is a date in a text that already gives an
   * identifier, within 160 characters of it (dates.ts, findMonthsNearIdentifiers).
   */
  monthCuesNearIdentifiers?: string[];
  notPlaces: string[];
  placeOrgNouns: string[];
  /** Cues after an institution's name that give its town, not a part of its name ("Evergreen Manor in Renton"). */
  institutionLocatives?: string[];
  /** The organisation's events (conference, seminar, class): a place after one in a sentence about nobody is the event's. */
  eventNouns?: string[];
  orgCues: string[];
  orgPhrases: string[];
  personalCues: string[];
  /** Words of the writer speaking of themself ("mi", "yo"); default the English "my", "I", "me". */
  firstPersonWords?: string[];
  /**
   * Words before a link that make a plain domain the writer's own site ("mi blog", "mi página"),
   * besides the English ones; a lead with one of `orgCues` is the organisation's.
   */
  ownSiteWords?: string[];
  /** Words naming a clinician or staff member: places in their biography are not the patient's. */
  staffCues: string[];
  /** Staff words that are also adjectives after a noun ("transporte médico", "equipo médico"): no clinician there. */
  staffAdjectives?: string[];
  /**
   * Greetings that open a message to one person ("Hi", "Hola"): with a given name or an honorific
   * after them, the organisation writes to that person, and the dates in the text are theirs.
   */
  greetings?: string[];
  /**
   * Greetings that open a letter to one person ("dear", "querida"): the given name after one, at
   * the start of the text, a line or a sentence, is a person's ("Dear Ginny, I'm writing from
   * rehab"). A casual greeting ("hi", "hola") opens a message to a colleague as often.
   */
  letterGreetings?: string[];
  /**
   * Departments that label an office's line for the reader ("Urgencias: 81 8000 1234", "Citas:
   * …"): a contact right after one and a colon, in a text about nobody, is the organisation's.
   */
  officeLabels?: string[];
  /** Appointments ("appt", "cita"): "Reminder for Mr. Okafor", "Tomas's post-op visit" name whose they are. */
  appointmentWords?: string[];
  /** Parts of a business's social handle ("clinic", "official", "medspa"). */
  businessWords: string[];
  /**
   * Head nouns of an organisation's name besides `institutionWords` and `businessWords` ("agency",
   * "dealership", "bufete", "notaría"): a contact listed after such a name on its line, in a text
   * about nobody, is the organisation's ("Parroquia Santa Cecilia · 1800 S Main St · (323) 555-…").
   */
  organisationNouns?: string[];
  ordinalFollowers: string[];
  dateCuesBefore: string[];
  /**
   * The date cues that make a score's shape a date ("on 3/5", "el 3/10"): "Knowledge 5/5", "Slide
   * 1/5" and "pain 8/10" are scores out of five or ten otherwise (`findMoreDates`).
   */
  scoreDateCues?: string[];
  /**
   * Words naming a part of a series ("Slide 3/7", "parte 2/5", "hilo 4/9"): a number pair after
   * one, the part no greater than the whole, is the part's place, not a date (`findMoreDates`).
   */
  partWords?: string[];
  fractionFollowers: string[];
  fractionCuesBefore: string[];
  ordinalWords: string[];
  monthNames: string[];
  /** Short month names after a day ("14 de feb.", "20 dic 2023"); only with a day before them. */
  monthAbbreviations?: string[];
  /** Days of the month in words ("veinte", "veintiuno"): a date after a date cue ("el veinte de mayo"). */
  dayWords?: string[];
  /** Words between a day and its month in the pack's order: "3 de noviembre". */
  dayMonthJoiners?: string[];
  /** Weekday names (full, as written): "martes 12", "Friday 9th". */
  weekdays?: string[];
  /** Short weekday names, capitalised as written, before a day of the month: "Thurs 14th", "Sat. 17", "Tues the 9th". */
  weekdayAbbreviations?: string[];
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
  /**
   * Plural nouns of a group of people (and "anyone"): one of them in the four words before an age,
   * with no person named between, makes it the group's age, no individual's ("residents turning
   * 100", "Americans aged 100+", "personas de más de 90 años"; ages.ts, `ageOfGroup`).
   */
  ageGroupNouns?: string[];
  /** Labels of a form's age field, which a colon may follow ("Edad: 96"; ages.ts, ageByCue). */
  ageLabels?: string[];
  /**
   * Words before a bare number of 90 to 110 that make it an age in a text that already gives an
   * identifier, near one ("pt is 94", "passed at 97", "living, 96"; ages.ts,
   * findAgesNearIdentifiers); apposition after a comma and an age with the sex ("97F") count too.
   * A pack without them leaves such numbers alone.
   */
  ageCuesNearIdentifiers?: string[];
  /**
   * Nouns of a reading right before an age cue that make the number a measurement, not an age:
   * "fiebre de 102", "una calentura de 101", "oxigenación de 91" (Spanish "de" is also the cue of
   * "mi abuela de 94 años").
   */
  ageReadingsBefore?: string[];
  /** A preposition and an age cue before a round number that make it a decade: "en los 90", "de los 90" (not "a los 90"). */
  decadePhrases?: string[];
  /** Words in an apposition before an age: "My grandmother, now 101, still knits". */
  ageAppositionWords?: string[];
  /**
   * People in a story (people.ts): cues before a given name in a sentence about the writer or a
   * relative ("with", "thanks to", "gracias a"), the writer's object pronouns after a name that
   * acts on them ("Luca drove me", "Marisol me llevó"), pairs with the writer ("me and", "and I",
   * "y yo"), nouns of a person's life a possessive name owns ("Cody's fundraiser") and the words
   * linking them to a name ("el parto de Mía"), and professions that make a name staff's ("nurse",
   * "promotora").
   */
  companionCues?: string[];
  /**
   * Words of care for somebody in the writer's community, which name a person of the story in any
   * sentence (no first person needed): prayers, get-well wishes, mourning ("pray for Marge",
   * "get well soon Marcus", "in loving memory of Ruth Ann"), before a given name of the lexicons;
   * `careCuesAfter` follow the name ("keep Dorothy in your prayers").
   */
  careCues?: string[];
  careCuesAfter?: string[];
  objectPronouns?: string[];
  /**
   * The writer's object pronouns follow the verb (English "Keisha drove us"; Spanish clitics come
   * before it, "Rosa nos llevó"): a capitalised word right before one is a verb ("Ring us"), not a
   * person acting on the writer.
   */
  objectsAfterVerb?: boolean;
  pairsBefore?: string[];
  pairsAfter?: string[];
  personalNouns?: string[];
  personalNounLinks?: string[];
  professions?: string[];
  /**
   * Where a person of the writer's community is from, after the name (an origin cue of the pack
   * may sit between): "Edna from church", "Hal next door", "Dee down the street". Lower case.
   */
  communityOrigins?: string[];
  /** Words between a name and where the person is from: "Jolene from Pine Bluff", "Alma desde Nogales". */
  originCues?: string[];
  /** Honorifics that name a person of the community ("Doña Gloria", "Mr. Abernathy"): a capitalised name after them, no staff word near. */
  /**
   * Titles a congregation or a union gives its members, capitalised before a name ("Sister
   * Nkechi", "Brother Ray Tolliver"): a person of the community, as after an honorific (a staff
   * cue near the name makes a clergy member or an employee: "our parish nurse, Sister Mary").
   */
  memberTitles?: string[];
  /**
   * Animals: a given name right after one ("my golden retriever Cooper", "our cat Luna") or
   * apposed to one ("Jessie, our therapy dog,") names a pet or a mascot, not a person.
   */
  animalWords?: string[];
  personHonorifics?: string[];
  /**
   * Verbs of taking somebody somewhere and the words that close the trip after the name: "can
   * drive Jayden to practice", "picked Tessa up", "took Walt home" (a person carried, whoever drives).
   */
  carryVerbs?: string[];
  carryEnds?: string[];
  /**
   * A given name as the subject of a health event (README.md, "People in a story"): verbs that may
   * follow the name directly ("Bryce rolled his ankle", "Marisol was admitted") and events that
   * need a word between ("Ava is in the NICU", "Penny needs a kidney"; "Tommy John surgery" is an
   * eponym), reached from the name through at most five of the `healthFillers` (auxiliaries,
   * determiners, prepositions: "is", "was", "had", "a", "his", "in", "the").
   */
  healthVerbs?: string[];
  healthEvents?: string[];
  healthFillers?: string[];
  /**
   * Third-person possessives that give a relation to the name before them in its clause
   * ("Dolores, who drives her husband Frank to chemo", "Marcus shares how his grandmother's
   * hearing aid…"): the name is a person of the story.
   */
  ownerPossessives?: string[];
  /**
   * Labels of a person's record right after a full name ("RE: Patricia Lund, MRN …", "Noah Brandt /
   * DOB …", "Frank Ostrowski, SSN …"): the name is the person the record is about. Lower case.
   */
  recordLabels?: string[];
  /** The writer as the subject of a verb ("I drove Priyanka"). */
  writerSubjects?: string[];
  /** Words that mark a person as a verb's object (Spanish "a": "le mandé la foto a Memo"). */
  personalObjectMarkers?: string[];
  /** Words for one patient ("patient", "paciente"): the organisation's sentence about one names that person's days. */
  patientWords?: string[];
  /** Indefinite and demonstrative words before a patient word, besides articles and possessives: "a patient", "this patient", "un paciente", "esta paciente". */
  indefiniteWords?: string[];
  /** Ordinal endings the tokenizer leaves after digits, before a patient word: "10,000th patient" → "th", "el 5º paciente" → "º". */
  ordinalEnds?: string[];
  /** Relations that name a group, not one person ("children", "friends"): one does not make the organisation's sentence about a person. */
  groupRelations?: string[];
  /** Words of the organisation's voice right before its handle: "DM @x", "book with @x", "agende con @x". */
  orgHandleLeads?: string[];
  /** Words of booking before an appointment word: the organisation invites ("Book your appt today", "agende su cita"). */
  bookingWords?: string[];
  /** Words joining a number word to the institution that owns it: "the number of the clinic", "el número de trabajo social del hospital". */
  ownerJoiners?: string[];
  /** Lower-case words that may join the capitalised words of an organisation's name: "Bureau of Health", "Fundación del Hospital DHR". */
  nameJoiners?: string[];
  /** The language puts a noun's modifiers after it ("portal del paciente"), so a patient word before a lower-case word is no modifier. */
  nounModifiersAfter?: boolean;
  /**
   * Verbs that ask the reader to reach a person, before the person's given name and a number
   * ("call Marge at", "reach out to Pam", "llame a Marta al"): the number is that person's.
   */
  contactVerbs?: string[];
  /**
   * Words for a person's own line: after a given name's possessive ("Rhonda's cell:") or before
   * the pack's `relationOf` word and the name ("el cel de Rhonda:").
   */
  numberNouns?: string[];
  /**
   * Words that may stand between a person's name and their own number or address, besides
   * `numberNouns` ("Rhonda at 410-…", "Maricela, tel. 559…", "Lupita al 714…"): a given name of the
   * lexicons right before a personal phone, email or SSN found in the text names its owner.
   */
  contactLinks?: string[];
  /** Head words of a staff member's job title in a signature line, besides the professions ("Patient Family Liaison"). */
  jobTitleWords?: string[];
  /** Nouns after a possessive name that make it an eponym or a title, not a person's ("Addison's disease", "Crohn's flare"). */
  eponymNouns?: string[];
  /**
   * Titles of a clinician, a cleric, a coach or an official right before a name apposed to a
   * relation: "Dr. Patel, my surgeon" and "Pastor Dale, our friend" are no relatives.
   */
  staffTitles?: string[];
  /**
   * Words that tie a self-introduced speaker to an office ("this is Megan from Dr. Harlow's
   * office", "it's Tanya with Lakeside Dental"): with a staff title, a profession or a business
   * word within four words after them, the speaker is staff.
   */
  officeLinks?: string[];
  /** Words of a campus in a street's name ("1 Hospital Drive", "1 Medical Center Dr"): the institution's address. */
  campusWords?: string[];
  /** Words of a point in a life before an age, then a comma or a person: "At 93, she…", "at 96 my dad…". */
  agePointWords?: string[];
  ageSubjects: string[];
  ageUnitsAfter: string[];
  birthCues: string[];
  birthdayWords: string[];
  /**
   * Possessives of a person before a birthday's ordinal that a preposition or an adverb follows
   * ("his 95th at the pub", "her 100th with cake"; the pack's `ordinalFollowers` are those words).
   * A relation's possessive ("Nan's 95th with the family") counts too. Not "our" or "its": "our
   * 90th with the community" is an organisation's anniversary.
   */
  personalPossessives?: string[];
  /** Words between "happy" and a birthday's ordinal: "happy early 90th", "happy belated 95th". */
  birthdayModifiers?: string[];
  /**
   * How a year's century is said before its last two digits in words ("nineteen" → 1900 in "born
   * in nineteen-thirty"; "mil novecientos" → 1900): with a birth cue, a year in words is a birth year.
   */
  centuryWords?: Record<string, number>;
  /** Street types written before the name ("calle", "Av.", "C/"); US suffixes are language-independent. */
  streetTypes?: string[];
  /** Words joining a house number to its street: "el 2301 de la calle Pecan". */
  streetNumberJoiners?: string[];
  /** Articles before a numbered street in a corner: "la 24 y Mission", "la 5ta y Elm" (Spanish "la", for "la calle"). */
  streetArticles?: string[];
  /** Words joining the streets of a corner ("y", "con": "la 149 con Grand Concourse"); default the coordinators. */
  cornerJoiners?: string[];
  /** Ordinal endings of a numbered street: "5ta", "3ra", "2da", "8va". */
  streetOrdinalSuffixes?: string[];
  /** Markers of a house number after the street: "#", "núm.", "no.". */
  houseNumberMarkers?: string[];
  /** Neighbourhood words before a name: "colonia Centro", "Urb. Villa Carolina". */
  districtWords?: string[];
  /**
   * District words that are also common nouns ("sector", "distrito"), lower case: after one, only a
   * capitalised name that is no word of `notPlaces` names a neighbourhood ("el sector Salud", "distrito 5" pass).
   */
  genericDistrictWords?: string[];
  /** Lower-case words inside a street or neighbourhood name: "calle de la Paz". */
  nameConnectors?: string[];
  /** Words of a person's home: a street without a house number is an address in their sentence. */
  homeWords?: string[];
  /** A home named by its street without a suffix: home nouns and the prepositions before the street ("her house on Tchoupitoulas"). */
  homeStreetNouns?: string[];
  homeStreetPrepositions?: string[];
  /** Label words (one or two, lower case) before an identifier token, and the kind they make it. */
  idLabels: Record<string, string>;
  /** Label words that take the kind of another label nearby ("ID", "number"), else this kind. */
  genericIdLabels: Record<string, string>;
  /** Words that make a nearby token a measurement or a product, not an identifier. */
  notIdContext: string[];
}
