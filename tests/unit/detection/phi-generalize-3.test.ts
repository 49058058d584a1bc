/**
 * PHI mechanisms that carry beyond the corpus phrasings (server/src/detection/phi/README.md,
 * "Design"): relations stated with a copula or a pronoun, grandparent titles of immigrant
 * families, places named by the grammar around them, Spanish dates in more orders. Each positive
 * has a look-alike that must stay clean. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

/** The kinds of the findings that overlap `span` in `text`. */
function kindsAt(text: string, span: string, options: PhiOptions): string[] {
  const start = text.indexOf(span);
  if (start === -1) throw new Error(`${span} is not in ${text}`);
  return scanPhiText(text, options)
    .filter((f) => f.offset < start + span.length && start < f.offset + f.match.length)
    .map((f) => f.kind);
}

const found = (text: string, span: string, options: PhiOptions): boolean => kindsAt(text, span, options).length > 0;

describe('PHI: a relation stated with a copula or a pronoun', () => {
  it.each([
    ['Rosalind is my aunt and she sat with me all night.', 'Rosalind'],
    ['Could Maxine take me on Tuesday? she’s my stepdaughter', 'Maxine'],
    ['Ask for Gloria at the door. She is my cousin.', 'Gloria'],
    ['Gracias a Yolanda, ella es mi cuñada.', 'Yolanda'],
    ['Esteban es mi sobrino y me cuida.', 'Esteban'],
  ])('%s', (text, span) => {
    expect(kindsAt(text, span, text.includes('mi ') ? ES : EN)).toContain('relative-name');
  });

  it.each([
    ['Our nurse Brenda is my hero.', 'Brenda'],
    ['Thank you Dr. Ruiz! She is my mother’s doctor.', 'Ruiz'],
    ['Dr. Imani Cole is my surgeon and she is wonderful.', 'Imani'],
  ])('leaves staff and non-relations alone: %s', (text, span) => {
    expect(found(text, span, EN)).toBe(false);
  });
});

describe('PHI: grandparent titles of immigrant families', () => {
  it.each([
    ['Nonna Pina still rolls the pasta by hand.', 'Pina'],
    ['Happy name day to Yiayia Eleni!', 'Eleni'],
    ['We lit candles with Bubbe Rivka.', 'Rivka'],
    ['Thanks to my lola Remedios for the soup.', 'Remedios'],
    ['April’s daughter Kayla brought flowers.', 'April'],
  ])('%s', (text, span) => {
    expect(found(text, span, EN)).toBe(true);
  });

  it.each([
    ['Lola Vance sang at the gala.', 'Vance'],
    ['In April my daughter brought flowers.', 'April'],
  ])('a title that is also a given name needs "my"; a month is a month: %s', (text, span) => {
    // The rules alone: the PHI reader refitted in session 29 reads "Vance" as a name (README, known false alarms).
    expect(found(text, span, { ...EN, reader: false })).toBe(false);
  });
});

describe('PHI: an age at a point in a life', () => {
  it.each([
    ['At 94 my grandfather still splits his own wood.', '94'],
    ['Even at 97 she walks the hallway twice a day.', '97'],
    ['At 101, Aunt Rose still beats us at cards.', '101'],
  ])('%s', (text, span) => {
    expect(kindsAt(text, span, EN)).toContain('age-over-89');
  });

  it.each([
    ['My oxygen was at 93 on room air.', '93'],
    ['The pool is kept at 92 degrees for therapy.', '92'],
    ['We were at 95% of our goal.', '95'],
  ])('a reading or a measurement is not an age: %s', (text, span) => {
    expect(found(text, span, EN)).toBe(false);
  });
});

describe('PHI: places named by the grammar around them', () => {
  it.each([
    ['We rented a trailer on the east side of Missoula after my stroke.', 'Missoula'],
    ['The outskirts of Tulsa flooded the week of my chemo.', 'Tulsa'],
    ['She taught half of Gallatin to play piano.', 'Gallatin'],
    ['A 91-year-old Kenosha woman walked out of rehab on Friday.', 'Kenosha'],
    ['A retired Billings rancher is home after his bypass.', 'Billings'],
    ['I left my cane at the Spokane airport.', 'Spokane'],
    ['Dad is in a Kearney nursing home since March.', 'Kearney'],
  ])('%s', (text, span) => {
    expect(kindsAt(text, span, EN)).toContain('place');
  });

  it.each([
    ['The back side of the card lists your copay.', 'side'],
    ['Half of Medicare patients never ask.', 'Medicare'],
    ['A Mayo Clinic study followed 400 patients.', 'Mayo'],
    ['We are a Tulsa hospital serving families since 1920.', 'Tulsa'],
    ['The people of Hope Lodge cooked for us.', 'Hope'],
  ])('look-alikes stay clean: %s', (text, span) => {
    expect(found(text, span, EN)).toBe(false);
  });
});

describe('PHI: Spanish days of the month in other orders', () => {
  it.each([
    ['Me quitaron la vesícula el 9 de ago. y ya como de todo.', '9 de ago'],
    ['Ingresé al hospital el 27-oct-2023 con neumonía.', '27-oct-2023'],
    ['Mi nieta nació el 3 Junio 2021 en casa.', '3 Junio 2021'],
    ['La biopsia quedó para abril 22, así que a esperar.', 'abril 22'],
    ['Operaron a mi papá Enero 8, 2025 y salió bien.', 'Enero 8, 2025'],
    ['Estoy en diálisis desde agosto del 2022.', 'agosto del 2022'],
    ['Me dieron de alta el veintitrés de diciembre.', 'veintitrés de diciembre'],
  ])('%s', (text, span) => {
    expect(kindsAt(text, span, ES)).toContain('date');
  });

  it.each([
    ['En junio 8 voluntarios pintaron la clínica.', 'junio 8'],
    ['En marzo 2024 abrimos nuestra nueva clínica.', 'marzo 2024'],
    ['Tomo 2 pastillas de lun a vie.', '2 pastillas'],
    ['Cuatro de mayo es el nombre de la escuela.', 'Cuatro de mayo'],
  ])('counts, the organisation’s month and year, weekday ranges and an uncued day in words pass: %s', (text, span) => {
    expect(found(text, span, ES)).toBe(false);
  });
});

describe('PHI: places after movement words, facilities the patient went to, ZIPs after a state', () => {
  it.each([
    ['Mi hermano se mudó para Tucson cuando le dio el cáncer.', 'Tucson', 'es'],
    ['Trabajamos allá por Midland en las pizcas.', 'Midland', 'es'],
    ['Me llevaron al hospital de Harlingen con mi esposo.', 'Harlingen', 'es'],
    ['My daughter drove me to the clinic in Kearney every week.', 'Kearney', 'en'],
    ['Mi suegra nació en Yuriria y allá la enterramos.', 'Yuriria', 'es'],
    ['Mis papás se regresaron a Juticalpa.', 'Juticalpa', 'es'],
    ['Send the card to Rock Springs, Wyoming 82901 please.', '82901', 'en'],
    ['Mándenlo a Mission, Texas 78572.', '78572', 'es'],
    ['Mi código postal, que por cierto es el 78572, no tiene farmacia.', '78572', 'es'],
  ])('%s', (text, span, lang) => {
    expect(found(text, span, lang === 'es' ? ES : EN)).toBe(true);
  });

  it.each([
    ['Our clinic in Kearney opens at 8.', 'Kearney', 'en'],
    ['Nuestra clínica en Harlingen abre a las 8.', 'Harlingen', 'es'],
    ['The conference in Orlando sold out; I loved it.', 'Orlando', 'en'],
    ['Gracias por todo, Dios los bendiga.', 'Dios', 'es'],
  ])('the organisation’s sites and events, and thanks, pass: %s', (text, span, lang) => {
    expect(found(text, span, lang === 'es' ? ES : EN)).toBe(false);
  });
});

describe('PHI: modifiers and honorifics between a relation and its name', () => {
  it.each([
    ['Mi hermano mayor Rigoberto me donó la médula.', 'Rigoberto', 'es'],
    ['Mi hija la más grande, Abril, me baña.', 'Abril', 'es'],
    ['Mi amigo del alma, Fausto, me visita diario.', 'Fausto', 'es'],
    ['Mi suegra doña Eulalia nos hizo caldo.', 'Eulalia', 'es'],
    ['My sister in law Darlene sat with me.', 'Darlene', 'en'],
    ['My wife of 61 years, Opal, never left my side.', 'Opal', 'en'],
    ['My ex-husband Troy signed the forms.', 'Troy', 'en'],
  ])('%s', (text, span, lang) => {
    expect(kindsAt(text, span, lang === 'es' ? ES : EN)).toContain('relative-name');
  });

  it.each([
    ['La señora Villaseñor de recepción nos atendió.', 'Villaseñor', 'es'],
    ['Mi hijo el de Phoenix me llamó.', 'Phoenix', 'es'],
    ['The former Governor spoke at the gala.', 'Governor', 'en'],
    ['Mi hermano mayor de edad ya maneja.', 'edad', 'es'],
  ])('staff, places and plain modifiers are not names: %s', (text, span, lang) => {
    expect(kindsAt(text, span, lang === 'es' ? ES : EN)).not.toContain('relative-name');
  });
});

describe('PHI: adjectives after a place cue, "between", a strong cue ending in "of"', () => {
  it.each([
    ['Finally recovering in sunny Sarasota after the bypass.', 'Sarasota'],
    ['Greetings from snowy Fargo, day 9 post-op.', 'Fargo'],
    ['My commute between Provo and Orem is brutal with a walker.', 'Provo'],
    ['My hometown of Hibbing held a pancake feed for my chemo.', 'Hibbing'],
  ])('%s', (text, span) => {
    expect(kindsAt(text, span, EN)).toContain('place');
  });

  it.each([
    ['Stay in sunny spirits, everyone!', 'spirits'],
    ['Between Christmas and New Year our clinic closes early.', 'Christmas'],
    ['In beautiful News: the new wing opens Monday.', 'News'],
  ])('look-alikes stay clean: %s', (text, span) => {
    expect(kindsAt(text, span, EN)).not.toContain('place');
  });
});

describe('PHI: more street shapes and a ZIP before its word', () => {
  it.each([
    ['Send the casserole to 4417 Blue Ridge, we are home now.', '4417 Blue Ridge'],
    ['Mom lives at 12 Bear Creek Crossing with my brother.', '12 Bear Creek Crossing'],
    ['My farm is at 20487 Hwy 12, past the grain bins.', '20487 Hwy 12'],
    ['He still lives at 88 Old Route 9 alone.', '88 Old Route 9'],
    ['The 59715 zip has one pharmacy and I use it.', '59715'],
  ])('%s', (text, span) => {
    expect(found(text, span, EN)).toBe(true);
  });

  it.each([
    ['The 5 Star Point program rewards healthy habits.', '5 Star Point'],
    ['Buy a 3 Day Pass to the health fair.', '3 Day Pass'],
    ['Take Exit 12 to Hwy 20 and follow the signs.', 'Hwy 20'],
    ['We walked 3 miles on Route 66 for charity.', 'Route 66'],
  ])('look-alikes stay clean: %s', (text, span) => {
    expect(found(text, span, EN)).toBe(false);
  });
});

describe('PHI: the organisation’s handles and recurring days', () => {
  it.each([
    ['Lip filler special this week! Book with our injector @kelsey.rn.aesthetics today.', '@kelsey.rn.aesthetics'],
    ['New hours at our Tempe location, or DM @glowroomtempe for a slot.', '@glowroomtempe'],
    ['Submit your step log by the 10th of each month to win.', 'the 10th'],
  ])('%s', (text, span) => {
    expect(found(text, span, EN)).toBe(false);
  });

  it.each([
    ['My daughter runs @brave.little.kidney and posts every scan.', '@brave.little.kidney'],
    ['Our newest volunteer runs @onelegdancer on Instagram.', '@onelegdancer'],
    ['My port comes out on the 10th of March.', 'the 10th'],
  ])('a person’s handle and a dated day still count: %s', (text, span) => {
    expect(found(text, span, EN)).toBe(true);
  });
});

describe('PHI: family shorthand of social posts and accented relations', () => {
  it.each([
    ['My MIL Bernadette moved in after my surgery.', 'Bernadette'],
    ['My DH Curtis hasn’t slept in days.', 'Curtis'],
    ['My boys Ryder and Beau shaved their heads for me.', 'Beau'],
    ['My youngest, Piper, drew me a get-well card.', 'Piper'],
    ['My fiancée, Odalys, stayed every night.', 'Odalys'],
  ])('%s', (text, span) => {
    expect(kindsAt(text, span, EN)).toContain('relative-name');
  });

  it.each([
    ['The boys Coach Reed trained won state.', 'Reed'],
    ['The oldest Medicare patient we saw was cheerful.', 'Medicare'],
    ['Boys Town hosted the health fair.', 'Town'],
  ])('without "my" they are not relations: %s', (text, span) => {
    expect(kindsAt(text, span, EN)).not.toContain('relative-name');
  });
});

describe('PHI: more ways to state an age', () => {
  it.each([
    ['Grandma just celebrated her 96th!', '96th', EN],
    ['My great-aunt, now 102, still writes letters.', '102', EN],
    ['He’s pushing 94 and still mows.', '94', EN],
    ['My 92-yr-old dad had a stroke.', '92-yr-old', EN],
    ['91 years young and dancing at the wedding!', '91 years young', EN],
    ['Our patient, 97, went home on Friday.', '97', EN],
    ['Mi abuela (93) ya camina sola.', '93', ES],
  ])('%s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toContain('age-over-89');
  });

  it.each([
    ['The census is now 95 and rising.', '95'],
    ['She finished her 100th marathon in May.', '100th'],
    ['We hit our 100th patient!', '100th'],
    ['Our clinic, 101, is open late.', '101'],
  ])('counts, scores and rooms are not ages: %s', (text, span) => {
    expect(found(text, span, EN)).toBe(false);
  });
});

describe('PHI: a staff member the organisation tells you to ask for', () => {
  it('"ask for" in the organisation’s voice is staff', () => {
    expect(found('Our residence offers tours on weekdays. Stop by and ask for Darlene in admissions.', 'Darlene', EN)).toBe(false);
  });
  it('"ask for" after the writer speaks of themself is the writer', () => {
    expect(found('Our office is slow, so call me at the bakery. Ask for Marguerite.', 'Marguerite', EN)).toBe(true);
  });
});

describe('PHI: nicknames with their article', () => {
  it.each([
    ['A mi esposo le dicen el Flaco y ya salió del hospital.', 'Flaco'],
    ['Mi comadre, la Chata, me trajo caldo.', 'Chata'],
  ])('%s', (text, span) => {
    expect(found(text, span, ES)).toBe(true);
  });
  it('an article after other words is no nickname', () => {
    expect(found('Le dicen que la Clínica abre el lunes.', 'Clínica', ES)).toBe(false);
  });
});
