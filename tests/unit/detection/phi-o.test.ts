/**
 * PHI mechanisms of one session (server/src/detection/phi/README.md, "Design"): street addresses
 * without a house number or in rural and block form, appointment dates of a person the
 * organisation writes to, and more. Each positive has a look-alike that must stay clean. Sentences
 * are written for these tests, not copied from tests/corpus.
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

describe('PHI: streets without a house number, rural routes and blocks', () => {
  it.each([
    ['My uncle still lives on Rural Route 4 past the grain elevator.', 'Rural Route 4'],
    ['The fire started in the 1400 block of Maple Avenue overnight.', '1400 block of Maple Avenue'],
    ['Grandma moved to a little place on Fulton Rd last spring.', 'Fulton Rd'],
    ['We met at the pharmacy off Lakeview Blvd and Ninth before her chemo.', 'Lakeview Blvd and Ninth'],
    ['The bus stop on my corner (Chestnut & 4th) is where she fell.', 'Chestnut & 4th'],
    ['Send cards to my brother at 77 NW 14th Terr, he would love them.', '77 NW 14th Terr'],
  ])('%s', (text, span) => {
    expect(kindsAt(text, span, EN)).toContain('street-address');
  });

  it.each([
    ['We prayed on Tuesday St. Jude was on everyone’s mind.', 'St'],
    ['She walked 3 blocks of the route on her own.', 'blocks'],
  ])('leaves look-alikes alone: %s', (text, span) => {
    expect(kindsAt(text, span, EN)).not.toContain('street-address');
  });
});

describe('PHI: dates of a person the organisation writes to', () => {
  it.each([
    ['Hi Marjorie, reminder: your infusion is 11/14 at 8am. Call our desk to reschedule.', '11/14', EN],
    ['Dear Mr. Abernathy: our office has your follow-up on March 3 at 2 PM.', 'March 3', EN],
    ['Pharmacy reminder for Eleanor: your appt at our clinic is Fri 9/12.', '9/12', EN],
    ['Clínica Esperanza: Hola Yuridia, su cita de revisión es el jueves 9 de abril.', '9 de abril', ES],
  ])('%s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toContain('date');
  });

  it.each([
    ['Hi everyone! Our flu shot clinic opens on October 9 at our Elm St office.', 'October 9', EN],
    ['Hola Familia, nuestra feria de salud es el 14 de octubre en el parque.', '14 de octubre', ES],
  ])('leaves the organisation’s events alone: %s', (text, span, options) => {
    expect(kindsAt(text, span, options)).not.toContain('date');
  });
});

describe('PHI: handles of organisations and handles after the platform', () => {
  it.each([
    ['my recovery diary is on tiktok @ walkingwithwendy if anyone wants it', 'walkingwithwendy', EN],
    ['sígueme @fibro.y.yo.oficial para ver mi día a día', '@fibro.y.yo.oficial', ES],
  ])('%s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toContain('social-handle');
  });

  it.each([
    ['Great toolkit from @ArthritisFoundation this month, and my rheumatologist agrees.', '@ArthritisFoundation', EN],
    ['Sígueme y también a @NIHespanol para más información.', '@NIHespanol', ES],
    ['The @HeartAssociation walk was so fun with my sister.', '@HeartAssociation', EN],
  ])('leaves organisations alone: %s', (text, span, options) => {
    expect(kindsAt(text, span, options)).not.toContain('social-handle');
  });
});

describe('PHI: an address after an organisation’s name is the organisation’s', () => {
  it.each([
    ['Donations can be mailed to Prairie Heart Foundation, 410 Elm St, Wichita, KS 67202.', '410 Elm St', EN],
    ['Clínica Familiar del Valle: 220 N Main St, Weslaco, TX 78596. ¡Los esperamos!', '220 N Main St', ES],
    ['Hospital San Rafael, ahora en el 300 de la avenida Central. Citas por teléfono.', '300 de la avenida Central', ES],
    ['Escriba a quejas@hospital.example.org o a 12 Calle Tito Rodríguez, Bayamón, PR 00961.', '12 Calle Tito Rodríguez', ES],
  ])('%s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toEqual([]);
  });

  it.each([
    ['Mail cards to the Jurado family, 88 Pine Ct, Enid, OK 73703.', '88 Pine Ct', EN],
    ['My mom, Rosa, lives at 55 Oak St, Ogden, UT 84401.', '55 Oak St', EN],
  ])('keeps a family’s address: %s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toContain('street-address');
  });
});

describe('PHI: ZIPs after Spanish joiners, short codes, codes and lab values', () => {
  it.each([
    ['De el 78572 a la quimio cada semana, y de vuelta 💪', '78572', ES],
    ['Si andan por el 90022, mi prima reparte despensas', '90022', ES],
  ])('%s', (text, span, options) => {
    // The rules alone (textGate: false): the text gate (gate.ts) may clear a short impersonal text; phi-text-gate.test.ts tests it.
    expect(kindsAt(text, span, { ...options, textGate: false })).toContain('zip-code');
  });

  it.each([
    ['Text FLU to 78247 for clinic reminders. Msg rates may apply.', '78247', EN],
    ['Mande SALUD al 90210 para recibir consejos.', '90210', ES],
    ['My bill says CPT 99214 and I still owe $80 on the account.', '99214', EN],
    ['La factura tiene el código ICD-10 E11.9 y el cobro de la cuenta está bien.', 'ICD-10', ES],
    ['Cholesterol 180 mg/dL, LDL 104, my doctor is happy.', 'LDL 104', EN],
    ['Call 1-800-MEDICARE about your plan, it helped me.', '1-800-MEDICARE', EN],
  ])('leaves look-alikes alone: %s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toEqual([]);
  });

  it('keeps a driver’s licence after "DL"', () => {
    expect(kindsAt('My DL 558 214 907 was in the wallet I lost.', '558 214 907', EN)).toContain('certificate-license-number');
  });
});

describe('PHI: numbers of an office', () => {
  it.each([
    ['Para hacer una cita llamen al 956-555-0134, contestan en español.', '956-555-0134', ES],
    ['The number of the billing office at the hospital is 312-555-0177, they fixed my bill.', '312-555-0177', EN],
    ['La enfermera del hospital me dio el (213) 555-0109 ext. 12 para dudas.', '(213) 555-0109', ES],
    ['Grupo de apoyo los jueves. Info: apoyo@saludvecinal.example.org', 'apoyo@saludvecinal.example.org', ES],
  ])('%s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toEqual([]);
  });

  it.each([
    ['Mi número de casa es el 664-555-0140, llámenme.', '664-555-0140', ES],
    ['My daughter’s number at the hospital is 312-555-0177 if you need her.', '312-555-0177', EN],
  ])('keeps a person’s number: %s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toContain('phone');
  });
});

describe('PHI: vanity plates and placards', () => {
  it.each([
    ['My dad’s license plate is literally BYPASS 3 and he loves it.', 'BYPASS 3', EN],
    ['Her plate GR8 MOM is easy to spot in the lot.', 'GR8 MOM', EN],
    ['Stolen van, tags KRT-4410, with my son’s wheelchair inside.', 'KRT-4410', EN],
    ['My disability placard # HP-5531207 expired last week.', 'HP-5531207', EN],
  ])('%s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toContain('vehicle-identifier');
  });

  it.each([
    ['Her name tag READY was a joke from the nurses.', 'READY', EN],
    ['The plate said NY on the bottom.', 'NY', EN],
  ])('leaves look-alikes alone: %s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toEqual([]);
  });
});

describe('PHI: more ways to say an age over 89', () => {
  it.each([
    ['Our neighbour Ida (b. 1931) still bakes for the whole block.', '1931', EN],
    ['My grandmother was born in nineteen twenty-nine on a farm.', 'nineteen twenty-nine', EN],
    ['At a hundred and two, Walt is our oldest volunteer.', 'a hundred and two', EN],
    ['Everyone’s dad slows down eventually; mine is 93 and still mows.', '93', EN],
    ['My aunt is nearly 96 and lives alone.', '96', EN],
    ['Mi bisabuela de casi 97 años sigue cocinando.', '97', ES],
    ['Mi abuelo nació en mil novecientos treinta en Zacatecas.', 'mil novecientos treinta', ES],
  ])('%s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toContain('age-over-89');
  });

  it.each([
    ['The team scored nearly 95 points in the final.', '95', EN],
    ['My grandmother was born in nineteen sixty-two.', 'nineteen sixty-two', EN],
    ['At a hundred and four dollars a month, the copay hurts.', 'a hundred and four', EN],
    ['Mi mamá nació en mil novecientos setenta y dos.', 'mil novecientos setenta y dos', ES],
  ])('leaves look-alikes alone: %s', (text, span, options) => {
    expect(kindsAt(text, span, options)).not.toContain('age-over-89');
  });
});

describe('PHI: places by their ZIP, their direction, their district; questions near a clinician', () => {
  it.each([
    ['Any home health aides for Ogden/South Ogden zip 84403? my mom needs help', 'South Ogden', EN],
    ['She grew up poor in East Harlem and still goes back.', 'East Harlem', EN],
    ['The Mission district clinic saw my brother twice.', 'Mission', EN],
    ['Anyone from Shaker Heights know if Dr. Patel is taking new patients?', 'Shaker Heights', EN],
    ['We thank Dr. Ruiz for caring for Pastor Dan’s mother, who came home to Opelousas last week.', 'Opelousas', EN],
  ])('%s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toContain('place');
  });

  it.each([
    ['Dr. Brandt, our new surgeon, grew up near Chadron with her husband.', 'Chadron', EN],
    ['Our West office is closed on Fridays.', 'West', EN],
  ])('leaves look-alikes alone: %s', (text, span, options) => {
    expect(kindsAt(text, span, options)).not.toContain('place');
  });
});

describe('PHI: Spanish labels, states and organisation words', () => {
  it.each([
    ['Historia clínica n.º 553190: me lo sé de memoria.', '553190', 'medical-record-number'],
    ['A mi papá le pusieron número de afiliación 0923 7781 2290 01 en la receta.', '0923 7781 2290 01', 'health-plan-number'],
    ['Una vecina de Camden, Nueva Jersey, me ayudó con la silla.', 'Camden', 'place'],
  ])('%s', (text, span, kind) => {
    expect(kindsAt(text, span, ES)).toContain(kind);
  });

  it.each([
    ['Nuestro programa de cardiología en Dallas atiende a niños de 20 países.', 'Dallas'],
    ['El equipo corre el maratón de Boston el próximo mes.', 'Boston'],
    ['Clínica Salud Total, suite 210. Citas: 713-555-0199.', '713-555-0199'],
  ])('leaves the organisation’s alone: %s', (text, span) => {
    expect(kindsAt(text, span, ES)).toEqual([]);
  });
});

describe('PHI: places around "por" and in hashtags', () => {
  it.each([
    ['¿Alguien conoce un buen dentista por Hialeah? mi hija lo necesita', 'Hialeah', ES],
    ['Gracias vecinos por todo ❤️ #PilsenStrong', 'Pilsen', ES],
    ['back home after chemo, so grateful #LittleVillageLife', 'LittleVillage', EN],
  ])('%s', (text, span, options) => {
    expect(kindsAt(text, span, options)).toContain('place');
  });

  it.each([
    ['Gracias por todo, Dios es grande 🙏', 'Dios', ES],
    ['day 30 of chemo #warrior #Strong #Paradise #blessed', 'warrior', EN],
  ])('leaves look-alikes alone: %s', (text, span, options) => {
    expect(kindsAt(text, span, options)).not.toContain('place');
  });
});

describe('PHI: a day and a month name joined by a slash', () => {
  it('finds "5/abril" without a cue', () => {
    expect(kindsAt('Cita de Doña Lupe: 5/abril 10 am con el Dr. Soto.', '5/abril', ES)).toContain('date');
  });
  it('leaves "1/mes" alone', () => {
    expect(kindsAt('Tome 1/mes con comida.', '1/mes', ES)).toEqual([]);
  });
});

describe('PHI: "my boy", "my girl" and capitalised words of time', () => {
  it.each([
    ['The ER treated my boy Declan in twenty minutes.', 'Declan'],
    ['So proud of my girl Imani after her surgery!', 'Imani'],
  ])('%s', (text, span) => {
    expect(kindsAt(text, span, EN)).toContain('relative-name');
  });

  it.each([
    ['Our Volunteer of the Month is here every Tuesday.', 'Month'],
    ['The boy Declan met at camp was nice.', 'Declan'],
  ])('leaves look-alikes alone: %s', (text, span) => {
    expect(kindsAt(text, span, EN)).not.toContain('relative-name');
  });
});
