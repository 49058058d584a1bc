/**
 * English language pack for the PHI detector: the words its context cues are made of. A pack is
 * data only; the detectors in server/src/detection/phi read it (see ../pack.ts), so another
 * language is another file like this one.
 */
import type { PhiLanguagePack } from '../pack';

const words = (s: string): string[] => s.trim().split(/\s+/);

export const en: PhiLanguagePack = {
  language: 'en',

  // --- Names introduced by a relation: "my son Luca", "her neighbour, Ines,", "Grandpa Walt".
  relations: words(`
    son sons daughter daughters kid kids child children baby twin twins
    husband hubby wife wifey spouse partner boyfriend girlfriend fiance fiancé fiancee fiancée bf gf
    mom mum mommy mama mother ma dad daddy papa father pa parents
    brother brothers bro sister sisters sis sibling siblings
    grandson grandsons granddaughter granddaughters grandchild grandchildren grandkid grandkids grandbaby
    grandma grandmother grandpa grandfather granny gran grandad granddad nana nan nanna papaw pawpaw paw-paw
    mamaw meemaw memaw abuela abuelo avó avô oma opa tía tia tío tio
    grammy grampy gramps pop-pop poppop mawmaw mommom mom-mom firstborn in-laws inlaws
    great-aunt great-uncle grand-aunt grand-uncle grandaunt granduncle
    great-grandson great-granddaughter great-grandma great-grandpa great-grandmother great-grandfather great-grandchild
    great-grandkids great-grandchildren great-grandparents great-nephew great-niece grandnephew grandniece
    aunt auntie aunty uncle cousin cousins niece nieces nephew nephews
    stepdad stepmom stepmum stepfather stepmother stepson stepdaughter stepbrother stepsister
    step-dad step-mom step-son step-daughter
    mother-in-law father-in-law brother-in-law sister-in-law son-in-law daughter-in-law
    godson goddaughter godmother godfather godchild
    neighbour neighbor neighbours neighbors roommate roommates roomie housemate flatmate caregiver friend friends bestie buddy
    ex-wife ex-husband ex-boyfriend ex-girlfriend ex-partner
    sil mil bil fil dh dw ds dd bff hubs boys girls boy girl youngest oldest eldest
    nonna nonno nonni yiayia yaya papou pappou bubbe bubby zayde zaidy zeyde babcia dziadek busia
    lola lolo tita tito kuya nani dadi
    mam mammy gogo koro kuia amma appa
    kiddo kiddos ex
  `).concat(
    // The relation trigger (names.ts) uses an ASCII word boundary, which never falls after a final
    // accented letter: this stem only opens the look-up window for "fiancé"/"fiancée" (listed above).
    words(`fianc`)
  ),
  /**
   * Relations that are also used as a title without "my": "Grandpa Walt", "Aunt Sue", "Mom (Edna)",
   * and the grandparent titles of immigrant families ("Nonna Pina", "Yiayia Eleni", "Bubbe Rivka").
   * Titles that are also common given names ("Lola", "Tito") are relations only: they need "my".
   */
  relationTitles: words(`
    grandma grandpa granny gran grandad granddad nana nan nanna papaw pawpaw paw-paw mamaw meemaw memaw
    abuela abuelo oma opa aunt auntie aunty uncle cousin mom mum mama dad papa tía tia tío tio
    grammy grampy gramps pop-pop poppop mawmaw mommom mom-mom
    great-aunt great-uncle grand-aunt grand-uncle grandaunt granduncle
    great-grandson great-granddaughter great-grandma great-grandpa grandson granddaughter
    stepdad stepmom hubby
    nonna nonno yiayia papou pappou bubbe bubby zayde zaidy zeyde babcia dziadek busia kuya
  `),
  /** Words before a relation that make it somebody's: "my", "our", "Jamal's". */
  possessives: words(`my our his her their your whose`),
  /** Relation words that take a second name joined by "and": "sons Calvin and Ruel", "parents Kase and Mallory". */
  coordinators: words(`and &`),
  familyWordsAfter: words(`house home`),
  religiousTitles: words(`sister brother mother father sis`),
  relationPrefixes: ['baby of', 'b/o', 's/o', 'd/o', 'w/o', 'h/o'],
  relationSuffixes: words(`
    bhai bhaiya bhayya bhaijaan bhaijan didi apa appi aapi baji chacha chachu chachi mamu mamoo mami phuppo phuppi phupho
    khala khalu bua mausi masi dadi dada nani bhabhi bhabi jiju jija behen behna akka thambi chechi chettan
    ammachi paati thatha
  `),
  contactRelations: words(`
    wife husband partner spouse son daughter sons daughters boyfriend girlfriend fiance fiancee fiancé fiancée
    stepson stepdaughter grandson granddaughter niece nephew cousin son-in-law daughter-in-law mother-in-law
    father-in-law brother-in-law sister-in-law gogo koro kuia
  `),
  relationCopulas: words(`is was`),
  relativePronouns: words(`who`),
  relationOf: words(`of`),
  possessedOnly: words(`boys girls boy girl youngest oldest eldest firstborn hubs dh dw ds dd sil mil bil fil bff kiddo kiddos ex`),
  readerPossessives: words(`your ur`),
  personalSiteWords: words(`strong brave fights fight warrior journey battle heals army tribe miracle runwith walkwith prayfor healingwith`),
  affectionAdjectives: words(`little sweet brave beloved precious dear darling beautiful baby tiny sweetest bravest strong`),
  hiredRelations: words(`caregiver`),
  socialRelations: words(`
    coworker coworkers co-worker co-workers workmate boss babysitter babysitters nanny sitter sponsor landlord landlady
    housekeeper walker tenant
    classmate classmates teammate teammates bandmate pal pals man guy princess munchkin peanut babe
  `),
  relationModifiers: words(`in law of years yrs the late oldest eldest youngest middle`),
  relationPhraseLinks: words(`from since at of across down up in on with for two three`),
  relationPronouns: words(`she he she's he's`),
  /** A baby or a child's day announced before the name: "welcome baby Rowan", "christening of Ava". */
  birthPhrases: [
    'welcome baby', 'welcome little', 'meet baby', 'meet little', 'baby shower for', 'christening of', 'baptism of',
    'welcome to the world', 'welcome to the family', 'happy first birthday',
  ],
  namingPhrases: [
    'my name is', 'his name is', 'her name is', 'their name is', 'full name is', 'name is', 'goes by', 'went by',
    'named her', 'named him', 'woman named', 'man named', 'lady named', 'guy named', 'girl named', 'boy named',
  ],
  selfIntroductions: ["i'm", 'i am'],
  valedictions: ['love', 'love you', 'love ya', 'love always', 'much love', 'all our love', 'all my love', 'hugs', 'xoxo'],
  /** "I'm Catholic", "I'm Grateful": only given names from the lexicon. */
  introductionsNeedLexicon: true,

  /** Phrases that open with a given name but name nobody (not-name-phrases.ts): the Māori greeting. */
  notNamePhrases: ['kia ora', 'kia orana'],
  /** Capitalised words that are not given names (after a relation word or a dash). */
  notNames: words(`
    i i'm i've i'd i'll a an the and or but so if is was are were be been has had have do did does
    he she they we you it his her their our my your who what when where why how that this these those
    admin admins administrator administration management team staff moderator moderators mods reception
    dr doctor nurse mr mrs ms miss mx fr father pastor rev sister brother mother
    jr sr st saint mt mount
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
    mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    christmas easter thanksgiving halloween
    god jesus lord thanks thank love hi hello hey dear happy congrats congratulations update note ps
    just also still even now then here there today tonight yesterday tomorrow
    says said told asked got went came drove took found made
    er icu ed or nicu picu pt ot ob gyn md rn np pa do
    yes no ok okay lol omg life alexa siri
    month year week
  `),

  // --- People in a story without a relation word (people.ts): "went with Marisol", "Luca drove me home".
  companionCues: [
    'with', 'without', 'thanks to', 'thank you to', 'thank you', 'thanks', 'thx', 'shoutout to', 'shout out to', 'shout-out to',
    'especially', 'love you', 'miss you', 'proud of', 'grateful for', 'prayers for', 'pray for', 'praying for',
    // who posts or forwards the writer's news: "update posted by Tiff", "Fwd from Lupe"
    'married to', 'engaged to', 'posted by', 'shared by', 'written by', 'fwd from', 'forwarded from', 'update from', 'message from', 'text from',
  ],
  careCues: [
    'pray for', 'praying for', 'prayers for', 'prayers to', 'prayer request for', 'lift up', 'keep praying for',
    'get well soon', 'get well', 'speedy recovery', 'in memory of', 'in loving memory of', 'memory of', 'family of',
    'rip', 'rest in peace', 'rest easy', 'thinking of',
  ],
  careCuesAfter: ['in your prayers', 'in our prayers', 'in my prayers', 'in your thoughts', 'in our thoughts'],
  carryVerbs: words(`drive drives drove driving take takes took taking bring brings brought bringing pick picks picked picking walk walked grab grabs grabbed`),
  carryEnds: words(`to home up back from over`),
  healthVerbs: words(`
    diagnosed admitted readmitted hospitalized hospitalised discharged intubated sedated recovering relapsed collapsed
    fainted passed died broke fractured sprained tore rolled twisted fell tested
  `),
  healthEvents: words(`
    sick ill cancer leukemia lymphoma chemo radiation dialysis surgery stroke seizure seizures tumor transplant biopsy
    concussion fracture pneumonia flu covid fever kidney liver lung marrow
    hospital icu nicu picu er hospice rehab ventilator stitches cast crutches wheelchair
    strep asthma diabetes autism adhd allergy allergies epilepsy rsv croup appendicitis pacemaker
  `),
  healthFillers: words(`
    is was has had have got gets been just finally still now also will can't couldn't needs need needed
    started starts finished finishes begins began in into out of at on the a an his her their another first last
    round rounds and back all both
  `),
  objectPronouns: words(`me us`),
  objectsAfterVerb: true,
  contactVerbs: [...words(`call text txt contact message`), 'reach', 'reach out', 'reach out to', 'ask for'],
  numberNouns: words(`cell number phone line`),
  contactLinks: words(`at on via mobile tel ph fax email e-mail`),
  jobTitleWords: words(`liaison manager director coordinator officer administrator supervisor assistant advocate representative planner`),
  eponymNouns: words(`disease syndrome palsy sign law flare anatomy list day nodule node`),
  staffTitles: words(`dr doctor nurse pastor rev fr father coach officer judge senator president`),
  officeLinks: words(`from with at`),
  campusWords: words(`hospital medical health clinic`),
  patientWords: words(`patient patient's`),
  indefiniteWords: words(`a an this that`),
  ordinalEnds: words(`st nd rd th`),
  groupRelations: words(`children child kids kid baby friends friend parents caregiver twins siblings sibling cousins neighbors neighbours`),
  orgHandleLeads: words(`dm dms book booking`),
  bookingWords: words(`book schedule register sign reserve request make call`),
  ownerJoiners: words(`of at for`),
  nameJoiners: words(`of the and & for`),
  personHonorifics: words(`mr mrs ms miss`),
  officerLabels: words(`chair chairperson chairwoman chairman president treasurer secretary facilitator moderator`).concat(['vice president', 'chaired by']),
  // Staff roles a form or a notice labels a name with, from lists of health-care and public-service job titles
  // ("Vaccinator: Mrs. Ifeoma Chukwu", "Inspector assigned: Anne Moreau", "Media contact: Dana Whitcomb").
  roleLabels: words(`
    nurse nurses physician doctor provider clinician surgeon therapist physiotherapist physio pharmacist dietitian dietician
    dentist hygienist technician technologist radiographer sonographer phlebotomist paramedic emt medic midwife doula
    counselor counsellor psychologist psychiatrist coordinator navigator manager supervisor director administrator
    receptionist scheduler interpreter translator chaplain volunteer instructor trainer coach presenter speaker host
    inspector investigator auditor surveyor officer agent representative advocate liaison spokesperson spokeswoman spokesman
    counsel attorney lawyer solicitor vaccinator educator attending resident intern scribe dispatcher
    operator pharmacy
  `).concat(['social worker', 'case manager', 'media contact', 'press contact', 'prepared by', 'completed by', 'reviewed by', 'approved by', 'entered by', 'seen by', 'attended by', 'taken by']),
  roleTitles: words(`capt sgt lt cpl prof dr`),
  memberTitles: words(`sister brother`),
  animalWords: words(`
    dog dogs pup puppy doggo cat cats kitty kitten pets horse pony mascot retriever labrador shepherd poodle
    terrier beagle doodle husky chihuahua dachshund pitbull corgi tabby parrot bunny hamster
  `),
  writerSubjects: words(`i we`),
  ownerPossessives: words(`his her their`),
  recordLabels: ['dob', 'd.o.b.', 'date of birth', 'mrn', 'ssn', 'member id', 'medicare id', 'medicaid id', 'patient id', 'insurance id', 'policy #', 'member #'],
  originCues: words(`from in`),
  communityOrigins: [
    'church', 'work', 'school', 'choir', 'bible study', 'book club', 'the gym', 'my building', 'the building', 'our building',
    'next door', 'down the street', 'across the street', 'across the hall', 'up the street', 'down the hall', 'upstairs',
    'downstairs', 'the block', 'our block', 'the neighborhood', 'the neighbourhood', 'the bus route', 'my old job',
  ],
  pairsBefore: ['me and'],
  pairsAfter: ['and i', 'and me', '& i'],
  personalNouns: words(`
    fundraiser gofundme recovery treatment chemo diagnosis funeral memorial obituary birthday bday wedding journey fight
    battle story page bedside room meds medication medications prognosis transplant stroke cancer tumor biopsy
    concussion injury fracture accident seizure seizures cast crutches wheelchair stitches ambulance
    epipen inhaler implant pacemaker insulin cgm surgery
    replacement bills bill rehab therapy
  `),
  professions: words(`
    nurse nurses doctor dr physician surgeon therapist practitioner aide tech technician receptionist coordinator navigator chaplain
    volunteer pharmacist provider np pa rn md dentist hygienist midwife doula coach trainer instructor counselor worker
    manager director ceo founder host co-host rep agent specialist injector esthetician stylist officer pastor rev fr
    deacon judge senator president mayor governor councilman councilwoman sheriff anchor reporter
    customer care team staff crew desk reception psychologist dietitian nutritionist educator rd lpn cna emt paramedic
    billing scheduling admissions pharmacy records registration intake triage accounts
    scheduler schedulers phlebotomist phlebotomists sonographer radiographer
    para paraprofessional supervisor leader accompanist cdces professor prof principal librarian interpreter
    translator lifeguard caseworker administrator clerk secretary lcsw lmft lpc msw ibclc dpt atc psyd
  `),

  // --- Places. Cues before a place name, and words that end a county-level name.
  placeCuesBefore: words(`
    in from near outside around to of via between through toward towards
  `),
  /** Multi-word cues (lower case, single spaces) that make the next capitalised words a place. */
  placePhrasesBefore: [
    'back home in',
    'home in',
    'up in',
    'out in',
    'down in',
    'over in',
    'over by',
    'out by',
    'down by',
    'up by',
    'moved to',
    'move to',
    'moving to',
    'home to',
    'back to',
    'drove in from',
    'came in from',
    'out of',
    'flew in from',
    'lives in',
    'live in',
    'living in',
    'grew up in',
    'born in',
    'raised in',
    'resident of',
    'native of',
    'lives on',
    'live on',
    'living on',
    // "we stay in Kempton Park": where one lives, in South African and Indian English
    'stay in',
    'stays in',
    'staying in',
  ],
  strongPlacePhrases: [
    'back home in', 'grew up in', 'growing up in', 'raised in', 'lives in', 'live in', 'living in', 'lived in',
    'moved to', 'moving to', 'move to', 'moved back to', 'relocated to', 'resident of', 'native of', 'lives near',
    'live near', 'we live in', 'hometown of', 'neighborhood of', 'neighbourhood of',
    'moved from', 'moved here from', 'moved up from', 'moved down from', 'relocated from',
    // a home named by where it is: "his home in Frogtown", "her apartment in the Ironbound"
    'home in', 'house in', 'apartment in', 'apt in', 'condo in', 'trailer in',
    'we stay in', 'i stay in', 'they stay in', 'she stays in', 'he stays in',
  ],
  placeAdverbs: words(`over out down up back right just`),
  placeLabels: words(`nextdoor hometown neighborhood neighbourhood`),
  placeFieldLabels: words(`city town suburb village residence locality district tehsil taluk taluka upazila barangay county subcounty municipality`),
  homeStreetNouns: words(`house home place apartment apt condo trailer duplex`),
  homeStreetPrepositions: words(`on at`),
  placeAddressCues: ['thank you', 'thanks', 'heads up', 'shoutout to', 'shout out to', 'love you', 'hello', 'hey'],
  spatialCues: words(`around near outside nearby`),
  placeAdjectives: words(`
    sunny beautiful rural downtown little small tiny old good lovely gorgeous snowy rainy windy hot cold freezing
    historic charming quiet busy upstate downstate uptown midtown suburban northern southern eastern western central
    humid
  `),
  placePartNouns: words(`
    side end part parts outskirts edge edges middle heart streets town city village suburbs suburb half rest
    north south east west northeast northwest southeast southwest people folks outside
  `),
  districtHeads: words(`
    ward side village heights highlands hills end flats bottoms bottom quarter district gardens harbor harbour point
    corners crossing acres estates meadows terrace
  `),
  institutionWords: words(`
    hospital hospitals clinic clinics center centre medical health healthcare university college school academy church
    cathedral parish chapel temple mosque synagogue ministries lodge hospice rehab rehabilitation care nursing
    manor suites inn hotel motel mall plaza office offices department institute foundation memorial general
    bank market store station airport prison jail court army navy marines corps unit icu
    god lord heaven hell
  `),
  /** Words right after a place name that make it one: "Eunice resident", "Harlan Co. native". */
  placeCuesAfter: words(`
    resident residents native natives folks area local locals address apartment condo neighborhood neighbourhood
    airport fairgrounds courthouse district
  `).concat(
    // The postpositions of Hindi-Urdu that code-switched English puts after a town ("Sialkot se" from, "Pune mein" in,
    // "Bahawalpur ke paas" near, "Lahore wale" the people of), which the gazetteer must still know.
    words(`se mein ke wale wala wali`)
  ),
  placeOriginAfter: words(`born raised bred`),
  venueWords: words(`hall post legion vfw grange fairgrounds gym arena pavilion park library lanes rink`),
  placeCommunityNouns: words(`people friends moms dads parents families neighbors neighbours peeps`),
  countyWords: words(`County Parish Borough County's`),
  /**
   * The provinces and territories of Canada, the nations of the UK and the states of Australia
   * (US states are built in): larger than a city, never an identifier ("pharmacists in Alberta",
   * "free prescriptions in Wales"); after "X, " they make X a place ("Brandon, Manitoba").
   * Victoria is left out: it is also a city of British Columbia and a given name.
   */
  states: [
    'ontario', 'quebec', 'québec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia', 'new brunswick',
    'newfoundland', 'newfoundland and labrador', 'prince edward island', 'yukon', 'nunavut', 'northwest territories',
    'england', 'scotland', 'wales', 'northern ireland', 'queensland', 'new south wales', 'tasmania', 'western australia',
    'south australia', 'northern territory',
    // the states of India and the provinces of Pakistan ("Darbhanga, Bihar", "Pattom, Kerala"); Delhi is also a city
    'andhra pradesh', 'arunachal pradesh', 'assam', 'bihar', 'chhattisgarh', 'goa', 'gujarat', 'haryana', 'himachal pradesh',
    'jharkhand', 'karnataka', 'kerala', 'madhya pradesh', 'maharashtra', 'manipur', 'meghalaya', 'mizoram', 'nagaland', 'odisha',
    'orissa', 'punjab', 'rajasthan', 'sikkim', 'tamil nadu', 'telangana', 'tripura', 'uttar pradesh', 'uttarakhand', 'west bengal',
    'jammu and kashmir', 'sindh', 'khyber pakhtunkhwa', 'balochistan', 'gilgit-baltistan',
  ],
  /** Capitalised words that are places in the gazetteer but rarely mean one in this prose (brands and software too: "book it in Outlook", "near the Shell"). */
  regionPrefixes: ['state of', 'province of', 'commonwealth of', 'región de', 'comunidad de'],
  notPlaces: words(`
    english spanish french german chinese italian polish russian japanese korean
    mercy hope grace faith joy victory liberty independence unity harmony friendship
    home hospital center centre clinic church college university school campus general memorial
    children county city town village state street avenue road north south east west central
    rehab surgery therapy recovery care health wellness medical
    may june april august march
    christmas easter paradise
    person people family appalachia midwest everest
    lake river bay mountain mountains valley beach island park springs falls hills heights woods forest
    wing unit station floor room bed building tower pavilion
    outlook dell shell chase kaiser ford dodge lacrosse cricket echo
  `),
  /** Look-alike context: places in these phrases are the organisation's ("conference in Orlando"). */
  placeOrgNouns: words(`
    conference meeting convention summit symposium event campus office clinic clinics location locations site sites
    branch branches hospital hospitals facility center centre practice
  `),
  institutionLocatives: words(`in`),
  /** The organisation's events: a place later in their sentence about nobody is the event's ("a dinner seminar at Carrabba's in Naperville"). */
  eventNouns: words(`
    conference meeting convention summit symposium event events seminar seminars webinar workshop workshops luncheon
    gala screening screenings expo fair class classes
  `),

  // --- Organisation context: clinic contact details and event dates are not the patient's.
  orgCues: words(`
    our clinic clinic's office office's hospital's practice's desk reception scheduling billing booking
    book register registration hotline helpline line ext extension suite walk-ins
    event events class classes conference enrollment picnic physicals screening screenings workshop seminar webinar
    drive fair reminder appt appointments parking hours campus team staff navigator apply hiring jobs intake
    visit closed open reopen reopens closes
  `),
  greetings: words(`hi hello hey dear`),
  letterGreetings: words(`dear`),
  appointmentWords: words(`
    appt appointment visit prep procedure surgery checkup check-up follow-up consult cleaning scan mri infusion
    session pickup reminder colonoscopy mammogram biopsy ultrasound physical
  `),
  orgPhrases: ['new patients', 'follow us', 'tag us', 'find us', 'visit us', 'call us', 'email us', 'save the date', 'our program', 'our programs', 'front desk', 'open house', 'blood drive', 'church office'],
  /** A sentence with one of these is about a person, so its details are identifiers. */
  personalCues: words(`
    i i'm i've i'd me my mine myself
    born birth birthday passed died death diagnosed diagnosis surgery admitted discharged transplant stroke
    baby funeral memorial
    house home apt apartment mailbox cell live lives moved married wedding anniversary
  `),
  staffCues: words(`
    dr doctor physician surgeon residency fellowship practiced hired hiring welcome staff
    governor senator mayor congressman congresswoman
  `),
  organisationNouns: words(`
    agency agencies firm dealership dealer parish movers moving notary department police sheriff county district program
    services supply supplies provider pharmacy pharmacies practice associates partners company
  `),
  businessWords: words(`
    official clinic clinics ortho medspa spa health hospital dental dentistry care med md pharma pharmacy protein studio lab
    surgery surgical plastics hydration infusion infusions dermatology chiropractic laser
    labs center centre group inc llc co shop store brand beauty skin aesthetics wellness fitness nutrition
    medicine childrens pediatrics peds cdc nih fda
    foundation intl international org assoc association society alliance network institute nurse rn np
  `),

  // --- Dates
  /** Words that may follow a bare ordinal day ("the 11th") in a date. */
  ordinalFollowers: words(`
    at and or when in for with after before to but so was is we i he she they my our his her the a an
    because while then that just right of on
  `),
  /** Words before a bare month/day "4/17" that make it a date. */
  scoreDateCues: words(`on since dob dated born`),
  dateCuesBefore: words(`
    on since from until till til by for as of dated date dob born arrived discharged today
    mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
  `),
  /** Words after "a/b" that make it a fraction, score or ratio, not a date. */
  fractionFollowers: words(`
    of cup cups tsp tbsp teaspoon teaspoons tablespoon tablespoons inch inches mile miles pain patients people
    stars star dose doses scale pill pills tablet tablets rating chance times odds split
    mg ml mcg kg lb lbs oz percent
  `),
  partWords: words(`slide part thread tweet post page step chapter episode`),
  fractionCuesBefore: words(`score scores scored rated rating rate pain scale about nearly almost roughly over under ratio split apgar strength power grade graded mmt`),
  ordinalWords: words(`
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
    fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third
    twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first
  `),
  monthCuesNearIdentifiers: words(`in since until till by early late mid last next this during before after around`),
  monthNames: words(`
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  `),
  weekdays: words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`),
  weekdayAbbreviations: words(`Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun`),
  /** Days of the year named by a holiday: "on Christmas Eve", "born on the Fourth of July". */
  holidays: [
    "New Year's Day",
    "New Year's Eve",
    'Christmas Eve',
    'Christmas Day',
    'Christmas morning',
    'Christmas',
    'Easter Sunday',
    'Easter',
    'Halloween',
    'Thanksgiving Day',
    'Thanksgiving',
    "Valentine's Day",
    "Mother's Day",
    "Father's Day",
    'Independence Day',
    'the Fourth of July',
    'Fourth of July',
    'Memorial Day',
    'Labor Day',
    'Veterans Day',
    'Good Friday',
    'Pentecost Sunday',
    'Pentecost',
    'Palm Sunday',
    'Ash Wednesday',
    'Holy Thursday',
    'Maundy Thursday',
    'Easter Monday',
    "St. Patrick's Day",
    "Saint Patrick's Day",
    'Juneteenth',
    'Cinco de Mayo',
  ],
  holidayCuesBefore: words(`on since until till before after by over`),

  // --- Ages
  numberWords: {
    a: 1, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  hundredWords: words(`hundred`),
  yearWords: words(`year years yr yrs`),
  oldWords: words(`old young`),
  /** "ninety years of service": a duration, not an age. */
  yearsOfWords: words(`of`),
  /** Words just before a number that make it somebody's age: "is 93", "turned ninety", "aged 91". */
  ageCuesNearIdentifiers: words(`is was 's turned turns turning aged age reached hit at now living`),
  ageCuesBefore: words(`
    is was 's 're turned turns turning be being aged age reached reaching hit hits hitting celebrated celebrates
    pushing
  `),
  /** "residents turning 100", "anyone aged 90 or over": a group's age (ages.ts, ageOfGroup). */
  ageGroupNouns: words(`
    people persons residents patients adults seniors elders elderly pensioners retirees centenarians supercentenarians
    nonagenarians women men anyone anybody everyone everybody folks members veterans citizens individuals clients customers
    guests parishioners americans canadians australians britons brits zealanders irish
  `),
  /** "My grandmother, now 101, still knits": a word of the present in an apposition before an age. */
  ageAppositionWords: words(`now still`),
  agePointWords: words(`at`),
  /** Words before "is 93" that make its subject a person, not a score or a room. */
  ageSubjects: words(`
    he she who they you i grandma grandpa gran granny nana nan mom mum dad mother father wife husband patient
    grandmother grandfather aunt uncle neighbor neighbour dad's mom's mine resident
  `),
  /** Words after "turned 95" that make the number a measurement. */
  ageUnitsAfter: words(`
    percent pounds lbs lb kg kgs kilos grams g mg ml minutes mins seconds secs hours hrs days weeks months degrees
    points calories kcal mph km miles feet ft meters metres cm mm inches units bpm mmhg times steps people patients
    beats reps laps sessions pages visits beds rooms
  `),
  /** Words that make a year of birth: "born in 1931", "b. 1931". */
  birthCues: ['born in', 'born', 'b.', 'birth year', 'born back in'],
  /** Ordinal birthdays: "her 101st birthday", "Happy 90th". */
  birthdayWords: words(`birthday bday b-day`),
  personalPossessives: words(`his her`),
  birthdayModifiers: words(`early belated big`),
  centuryWords: { nineteen: 1900, eighteen: 1800 },

  // --- Labelled identifiers: "MRN 0048213", "my Tricare ID is 10293847561", "plate HZT 4471".
  idLabels: {
    mrn: 'medical-record-number', chart: 'medical-record-number', 'medical record': 'medical-record-number',
    'record number': 'medical-record-number', 'patient id': 'medical-record-number', 'patient number': 'medical-record-number',
    'hospital number': 'medical-record-number', emr: 'medical-record-number', ehr: 'medical-record-number', 'mr#': 'medical-record-number',
    member: 'health-plan-number', subscriber: 'health-plan-number', policy: 'health-plan-number', medicare: 'health-plan-number',
    medicaid: 'health-plan-number', tricare: 'health-plan-number', ahcccs: 'health-plan-number', 'medi-cal': 'health-plan-number',
    'health plan': 'health-plan-number', insurance: 'health-plan-number', beneficiary: 'health-plan-number', benefits: 'health-plan-number',
    mbi: 'health-plan-number', 'group number': 'health-plan-number', bcbs: 'health-plan-number',
    // Health cards outside the US: the UK's NHS number, Ontario's OHIP, provincial health cards.
    nhs: 'health-plan-number', ohip: 'health-plan-number', 'health card': 'health-plan-number', 'care card': 'health-plan-number',
    // and the other English-speaking systems': New Zealand's NHI, British Columbia's PHN, Australia's NDIS and DVA cards, the
    // Philippines' PhilHealth, the VA's ICN and file number, TRICARE's DBN; claims of workers' compensation and benefits
    // ("WSIB claim #30921774"), Medicaid waivers, an insurance card written short ("ins card # W2281 90054 01"), a plan's number
    nhi: 'medical-record-number', phn: 'health-plan-number', ndis: 'health-plan-number', dva: 'health-plan-number',
    philhealth: 'health-plan-number', icn: 'medical-record-number', dbn: 'health-plan-number', 'file number': 'health-plan-number',
    'file no': 'health-plan-number', claim: 'health-plan-number', waiver: 'health-plan-number', ins: 'health-plan-number',
    'hospital no': 'medical-record-number', 'hosp no': 'medical-record-number', 'hosp number': 'medical-record-number',
    account: 'account-number', acct: 'account-number', checking: 'account-number', savings: 'account-number',
    membership: 'account-number', loyalty: 'account-number', rewards: 'account-number',
    'patient file': 'medical-record-number', 'case number': 'medical-record-number', 'case id': 'medical-record-number',
    guarantor: 'account-number', routing: 'account-number', iban: 'account-number',
    license: 'certificate-license-number', licence: 'certificate-license-number', cert: 'certificate-license-number',
    certificate: 'certificate-license-number', certification: 'certificate-license-number', cdl: 'certificate-license-number',
    dl: 'certificate-license-number', passport: 'certificate-license-number', permit: 'certificate-license-number',
    airman: 'certificate-license-number',
    plate: 'vehicle-identifier', plates: 'vehicle-identifier', tag: 'vehicle-identifier', tags: 'vehicle-identifier', vin: 'vehicle-identifier',
    placard: 'vehicle-identifier',
    'license plate': 'vehicle-identifier', 'licence plate': 'vehicle-identifier', 'tag number': 'vehicle-identifier',
    serial: 'device-identifier', serials: 'device-identifier', 's/n': 'device-identifier', sn: 'device-identifier',
    imei: 'device-identifier', udi: 'device-identifier', device: 'device-identifier', transmitter: 'device-identifier',
    processor: 'device-identifier', pacemaker: 'device-identifier', implant: 'device-identifier', pump: 'device-identifier',
    'hearing aid': 'device-identifier', 'hearing aids': 'device-identifier', cpap: 'device-identifier', cgm: 'device-identifier',
    ssn: 'ssn', 'social security': 'ssn', 'soc sec': 'ssn', 'ss#': 'ssn',
  },
  genericIdLabels: { id: 'medical-record-number', 'id number': 'medical-record-number' },
  notIdContext: words(`
    model version firmware update build release software app isbn code coded cpt icd hcpcs ndc batch room suite floor
    ward bed step steps order confirmation ticket flight gate extension ext tax ein
    mg mmol ldl hdl a1c hba1c glucose cholesterol triglycerides
  `),
};
