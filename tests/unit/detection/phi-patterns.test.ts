/**
 * General patterns of the PHI detector (server/src/detection/phi) in English and Spanish: each
 * case is a phrasing written for these tests, with look-alikes that must pass.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

/** Does a finding of `kind` overlap `span` (the corpus's scoring rule)? */
function hits(text: string, kind: string, span: string, options: PhiOptions): boolean {
  const start = text.indexOf(span);
  if (start === -1) throw new Error(`"${span}" is not in "${text}"`);
  return scanPhiText(text, options).some((f) => f.kind === kind && f.offset < start + span.length && start < f.offset + f.match.length);
}

function expectFound(text: string, kind: string, span: string, options: PhiOptions): void {
  expect({ text, kind, found: hits(text, kind, span, options) }).toEqual({ text, kind, found: true });
}

function expectClean(text: string, options: PhiOptions): void {
  expect({ text, findings: scanPhiText(text, options).map((f) => `${f.kind}:${f.match}`) }).toEqual({ text, findings: [] });
}

describe('emails spelled with Spanish at- and dot-words', () => {
  it.each([
    ['escríbanle a nora punto vela arroba hotmail punto com', 'arroba hotmail'],
    ['Mi correo: tito_88 [arroba] outlook [punto] com', 'tito_88'],
    ['mándenlo a beto.ruiz72 en gmail.com por favor', 'beto.ruiz72'],
    ['el correo de mi hija es pili.g arroba yahoo, sin más', 'arroba yahoo'],
    ['resultados a lupe.sosa [arroba] prodigy [punto] net [punto] mx', 'lupe.sosa'],
  ])('%s', (text, span) => expectFound(text, 'email', span, ES));

  it.each([
    ['Mi tío cargaba una arroba de papas al hombro.'],
    ['Trabajo en casa. Com mis hijos es más fácil.'],
    ['Me atendieron en Gmail no, en la clínica.'],
  ])('passes: %s', (text) => expectClean(text, ES));
});

describe('ages over 89 in the pack’s number words', () => {
  it.each([
    ['Mi bisabuela ya tiene noventa y seis años y sigue cosiendo.', 'noventa y seis', ES],
    ['Papá cumplió ciento un años el mes pasado.', 'ciento un', ES],
    ['Doña Chela, de noventa y un años de edad, volvió a caminar.', 'noventa y un', ES],
    ['Grandpa turned a hundred and three this spring.', 'a hundred and three', EN],
    ['my ninety seven year old uncle still fishes', 'ninety seven', EN],
  ])('%s', (text, span, options) => expectFound(text, 'age-over-89', span, options));

  it.each([
    ['La parroquia cumple noventa años de historia.', ES],
    ['Noventa pacientes recibieron la vacuna.', ES],
    ['Ninety years of caring for this valley.', EN],
  ])('passes: %s', (text, options) => expectClean(text, options));
});

describe('dates: day first, and a weekday with its day', () => {
  it.each([
    ['📆 17/08 salí caminando del hospital', '17/08', ES],
    ['el jueves 21 me quitan los puntos', 'jueves 21', ES],
    ['El domingo 4, mi hijo me llevó a misa.', 'domingo 4', ES],
    ['Biopsy came back Thursday 14th and it was benign', 'Thursday 14th', EN],
    ['admitted on Saturday, 23 — home by Tuesday', 'Saturday, 23', EN],
  ])('%s', (text, span, options) => expectFound(text, 'date', span, options));

  it.each([
    ['Estamos para usted 24/7.', ES],
    ['Atendemos de lunes a viernes 9 a 6.', ES],
    ['el viernes 3 horas de rehabilitación', ES],
    ['Walk-ins Tuesday 2 pm to 6 pm.', EN],
    ['Sunday 5 miles, Monday rest.', EN],
  ])('passes: %s', (text, options) => expectClean(text, options));
});

describe('Spanish street grammar and neighbourhoods', () => {
  it.each([
    ['Me mudé a la calle Roble #118, en el centro.', 'calle Roble #118', 'street-address'],
    ['La ambulancia llegó al 517 de la calle Naranjo.', '517 de la calle Naranjo', 'street-address'],
    ['Quedé en el 2210 de la N. Cedar Ave con mi suegra.', '2210 de la N. Cedar Ave', 'street-address'],
    ['Mándenme la silla a Av. Hidalgo 1450, por favor.', 'Av. Hidalgo 1450', 'street-address'],
    ['Mi casa está en la privada Los Sauces, al fondo.', 'privada Los Sauces', 'street-address'],
    ['Mi mamá vive en la colonia Las Américas desde 1990.', 'Las Américas', 'place'],
    ['Nos quedamos en el fracc. Valle Alto con mi cuñada.', 'Valle Alto', 'place'],
  ])('%s', (text, span, kind) => expectFound(text, kind, span, { ...ES, textGate: false })); // the rules alone: phi-text-gate.test.ts tests the gate

  it.each([
    ['Nuestra clínica está en la avenida Central, junto al banco.'],
    ['Trabajamos con el sector Salud del estado.'],
    ['De postre hubo col con crema.'],
    ['Vamos por buen camino con la terapia.'],
  ])('passes: %s', (text) => expectClean(text, ES));
});

describe('the organisation’s contact details', () => {
  it('keeps an address in a sentence of its own when the organisation speaks elsewhere', () => {
    const text = 'Pueden mandar las medicinas a HC 03 Box 4410, PR 00612. Gracias a todo el equipo de la clínica.';
    expectFound(text, 'street-address', 'HC 03 Box 4410', { ...ES, textGate: false }); // the rules alone, as above
  });

  it('drops the address right after the organisation speaks', () => {
    expectClean('Visit us at our new office! 410 Birch Street, Suite 2.', EN);
  });
});

describe('places after a strong cue, in a neighbourhood, or in Puerto Rico and Mexico', () => {
  it.each([
    ['We grew up in the Fifth Ward and still go back for gumbo.', 'Fifth Ward', EN],
    ['Her folks moved to Tremé Gardens when she was six.', 'Tremé Gardens', EN],
    ['My cousin lives near Cedar Heights, so she drives me.', 'Cedar Heights', EN],
    ['Mom is living in Frogtown again after rehab.', 'Frogtown', EN],
    ['Mi suegra vive en Villa Palmeras desde que enviudó.', 'Villa Palmeras', ES],
    ['Mi hijo me trae desde Guaynabo cada semana.', 'Guaynabo', ES],
    ['Soy de Apatzingán y llegué en 2015.', 'Apatzingán', ES],
    ['Send cards to 88 Orchard Dr, Waverly 50677.', 'Waverly', EN],
  ])('%s', (text, span, options) => expectFound(text, 'place', span, options));

  it.each([
    ['My aunt moved to Portugal last year.', EN],
    ['Dad lives in Sunny Acres Nursing Center now.', EN],
    ['I grew up in Foster Care and now I help kids there.', EN],
    ['She lives on Medicare and a small pension.', EN],
    ['Vivo en Estados Unidos desde 1998.', ES],
    ['Mi papá vive en el Hogar San Vicente.', ES],
    ['Gracias a Carmen y a Lupe por todo.', ES],
    ['Dr. Ansel grew up near Chadron and joined our team in 2019.', EN],
  ])('passes: %s', (text, options) => expectClean(text, options));
});

describe('the organisation’s voice and other look-alikes', () => {
  it.each([
    ['Para dudas escriba a informes@clinicaluz.mx y le respondemos.', ES],
    ['Escriba su número de afiliado como en la tarjeta (ejemplo: ABC000000000).', ES],
    ['El seguro pide el código Z51.1 para la autorización.', ES],
    ['La hermana Remedios fundó el dispensario en 1950.', ES],
    ['El Hospital General de Matamoros abrió un ala nueva.', ES],
    ['Our Tempe, AZ clinic is hiring two medical assistants.', EN],
    ['Questions about the flu clinic? Call 480-555-0142.', EN],
    ['Holiday hours: closed Nov 27 and Dec 25.', EN],
    ['Huge thanks to the nurses of @stlukeshealthsystem for this week!', EN],
    ['For billing questions, 1-888-555-0123.', EN],
  ])('passes: %s', (text, options) => expectClean(text, options));

  it.each([
    ['mi hermana Consuelo me cuidó toda la semana', 'Consuelo', 'relative-name', ES],
    ['Call my son at 480-555-0142 if I miss the ride.', '480-555-0142', 'phone', EN],
    ['Escríbanme a lore.mtz@hotmail.com, soy la paciente del cuarto 4.', 'lore.mtz@hotmail.com', 'email', ES],
  ])('%s', (text, span, kind, options) => expectFound(text, kind, span, options));
});

describe('Spanish dates, ZIP codes and ages in their own grammar', () => {
  it.each([
    ['Mi recuerdo favorito: 9 de agosto, cuando me quitaron el yeso.', '9 de agosto', 'date'],
    ['La bebé, nacida el 30 de abril, ya está en casa.', '30 de abril', 'date'],
    ['Ya me cambié, ahora vivo en el 78501 con mi hija.', '78501', 'zip-code'],
    ['"A mis 93 años volví a bailar", dice la paciente.', '93', 'age-over-89'],
    ['Se busca a don Rigo Salas, 92 años, salió sin su bastón.', '92', 'age-over-89'],
  ])('%s', (text, span, kind) => expectFound(text, kind, span, ES));

  it.each([
    ['Vivimos en la calle 16 de Septiembre.'],
    ['Tomé 2 de las 3 pastillas que me tocaban.'],
    ['Mis 95 seguidores me mandaron bendiciones.'],
  ])('passes: %s', (text) => {
    const findings = scanPhiText(text, ES).filter((f) => f.kind === 'date' || f.kind === 'age-over-89' || f.kind === 'zip-code');
    expect({ text, findings }).toEqual({ text, findings: [] });
  });
});

describe('names given by a naming phrase or a self-introduction', () => {
  it.each([
    ['Les escribo por mi papá, se llama Teodoro Garza y está en el cuarto 12.', 'Teodoro Garza', ES],
    ['Hola, soy Maricela y les escribo por la señora del cuarto 5.', 'Maricela', ES],
    ['Mi nombre es Inés Barrios y quiero dar las gracias.', 'Inés Barrios', ES],
    ['His name is Tobias Wren and he is the bravest kid I know.', 'Tobias Wren', EN],
    ["I'm Harold, and after my stroke I couldn't button a shirt.", 'Harold', EN],
  ])('%s', (text, span, options) => expectFound(text, 'person-name', span, options));

  it.each([
    ["I'm Catholic, so the chaplain visits on Sundays.", EN],
    ['Soy de Reynosa pero me atiendo aquí.', ES],
  ])('no person-name: %s', (text, options) => {
    expect({ text, names: scanPhiText(text, options).filter((f) => f.kind === 'person-name') }).toEqual({ text, names: [] });
  });
});

describe('names after a possessive, a family word, or owning a relation', () => {
  it.each([
    ['Por fin en casa nuestra Camila, después de 40 días en la UCIN.', 'Camila', ES],
    ['Tarjetas para la familia Quintanilla, por favor, a la iglesia.', 'Quintanilla', ES],
    ['After six weeks in the NICU our Theo is home!', 'Theo', EN],
    ["When Marjorie's husband Walt fell, the neighbours called 911.", 'Marjorie', EN],
  ])('%s', (text, span, options) => {
    const start = text.indexOf(span);
    const found = scanPhiText(text, options).some((f) => f.offset < start + span.length && start < f.offset + f.match.length);
    expect({ text, span, found }).toEqual({ text, span, found: true });
  });

  it.each([
    ['Mammograms now at our Austin campus, Tuesdays.', EN],
    ['Join us at our Grace Chapel service on Sunday.', EN],
    ['Nuestra Señora de Guadalupe nos cuida.', ES],
  ])('passes: %s', (text, options) => expectClean(text, options));
});

describe('digits typed one by one, and a place before a word of address', () => {
  it.each([
    ['Alguien publicó su seguro 5 1 2 - 3 3 - 9 0 1 8, bórrenlo', '5 1 2 - 3 3 - 9 0 1 8', 'ssn', ES],
    ['text me at 4 0 2 5 5 5 0 1 9 8 after 6', '4 0 2 5 5 5 0 1 9 8', 'phone', EN],
    ["I won't post my Tulsa address here, DM me", 'Tulsa', 'place', EN],
  ])('%s', (text, span, kind, options) => expectFound(text, kind, span, options));

  it('passes a count written with spaces', () => expectClean('Rate it 1 2 3 4 5 6 7 8 9 10, circle one.', EN));
});
