/**
 * Spanish PHI, fourth round of general mechanisms (server/src/detection/phi/README.md): ZIPs of
 * Puerto Rico and after a one-word town, Mexican two-digit-area phones, numbers read in two-digit
 * words, corners and bare streets after a house number, a person named by their street, home
 * places in apposition, settlement words, appositive relations, listed names, care cues, social
 * relations, days of a month named from now; and the look-alikes that stay clean: toll-free lines
 * after an identifier label, an office's labelled line, order lines, associations' handles,
 * decades, staff before a relation word. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';
import { phiFindsSpan } from './helpers/phi-span';

const ES: PhiOptions = { language: 'es', currentYear: 2026 };
/** The positives read by the rules alone: phi-text-gate.test.ts tests the gate. */
const RULES: PhiOptions = { ...ES, textGate: false };

const POSITIVES: Array<[string, string, string]> = [
  // ZIPs: Puerto Rico's range, a one-word town and a comma
  ['Mi hermana vive en Guaynabo, 00969, y necesita quien la lleve a diálisis.', 'zip-code', '00969'],
  ['Manden las tarjetas a la casa de mi tío: 78 Calle Luna, Arecibo 00612.', 'zip-code', '00612'],
  ['Mi papá se quedó solo en Tucson, 85713, desde que murió mi mamá.', 'zip-code', '85713'],
  // Mexican phones with a two-digit area
  ['Si alguien ve a mi abuelo, márquenme al 55 4821 0937 por favor.', 'phone', '55 4821 0937'],
  ['Mi tía vende su andadera, pregunten al 33-1870-2245.', 'phone', '33-1870-2245'],
  ['El cel de mi hijo es (81) 2290-4418, por si se pierde.', 'phone', '(81) 2290-4418'],
  // numbers read in two-digit words
  ['Mi número es tres tres, quince, veintiocho, cuarenta y uno, setenta.', 'phone', 'tres tres, quince'],
  ['Le dicté mi seguro social: cinco dos ocho, treinta y tres, cero siete cuatro uno.', 'ssn', 'cinco dos ocho'],
  // corners and streets
  ['Mi suegra vive en la 3ra y Maple, en el segundo piso.', 'street-address', '3ra y Maple'],
  ['A mi hijo lo atropellaron en la 72 con Roosevelt Avenue.', 'street-address', '72 con Roosevelt'],
  ['Mi abuela vive en el 2210 de la Cesar Chavez desde hace años.', 'street-address', '2210 de la Cesar Chavez'],
  ['Le llevamos la despensa al señor de la calle Kedzie que vive solo.', 'street-address', 'calle Kedzie'],
  ['Mi prima vive en Carrera 15 # 80-22, cerca del parque.', 'street-address', 'Carrera 15 # 80-22'],
  ['La casa de mi tía está en Av. Fray Junípero de la Serra 880.', 'street-address', 'Av. Fray Junípero de la Serra 880'],
  // places
  ['Mi abuela volvió a su pueblo, San Juan Ostuncalco, y allá la cuidan.', 'place', 'San Juan Ostuncalco'],
  ['Mi suegro es de la aldea Las Lomas, allá no hay médico.', 'place', 'Las Lomas'],
  ['Mi tío vive en el cantón El Rosario con sus nietos.', 'place', 'El Rosario'],
  // relatives and people of the writer's life
  ['Gracias a Teodora, madre de Iván, por la comida.', 'relative-name', 'Teodora'],
  ['Hablé con Anselmo, vecino de la cuadra, y me ayudó.', 'relative-name', 'Anselmo'],
  ['Así lo contó Yolanda Ibarra, la madre de Kevin, en la junta.', 'relative-name', 'Yolanda Ibarra'],
  ['Mis nietas Renata, Ximena y Daniela me hicieron la comida.', 'relative-name', 'Ximena'],
  ['Mi compañera Griselda me cubrió el turno el día de la cirugía.', 'relative-name', 'Griselda'],
  ['Nuestra pequeña Valeria ya respira sola 🙏', 'relative-name', 'Valeria'],
  ['Le conté todo a mi señora, Hortensia, cuando salí del hospital.', 'relative-name', 'Hortensia'],
  ['Oremos por Fernanda, que mañana la operan del corazón.', 'person-name', 'Fernanda'],
  // dates
  ['A mi mamá la operan el 9 del mes que viene.', 'date', 'del mes que viene'],
  ['Mi abuelo falleció el día de Navidad, en su cama.', 'date', 'día de Navidad'],
];

const NEGATIVES: string[] = [
  // toll-free lines after an identifier label
  'Nadie de Medicare le va a pedir su número de seguro social por teléfono; si duda, llame al 1-800-633-4227.',
  '¿Preguntas sobre su plan de Medicare? Llame al 1-877-486-2048 (TTY) de lunes a viernes.',
  // an office's line under a department label, order lines
  'Centro Médico del Norte. Urgencias: 55 5020 1100. Citas: 55 5020 1200.',
  'Jabón artesanal de avena, barra de 120 g. Pedidos al 415-555-0134, envíos a todo el país.',
  'Tés de la casa, caja de 20 sobres. Pedidos al WhatsApp de la tienda 415 555 0177.',
  // "son" as a verb, not a relation
  'Ojo: hay llamadas falsas que dicen que son de Medicaid; reporte al 1-800-447-8477.',
  // associations' handles
  'Para aprender sobre el cáncer de mama sigan a @AmericanCancerSociety en redes.',
  'Clases de baile para adultos mayores los martes. Síguenos en @SaborLatinoGym.',
  // decades, staff before a relation word, drivers
  'Este doctor ya daba consulta en los 90 y sigue atendiendo en Texas.',
  'Así lo explica la Dra. Beatriz Quintero, jefa de nuestro servicio de cardiología.',
  'Recordatorio: la camioneta sale a las 7. Chofer: Sr. Ledesma.',
  // counts and clock times
  'Tome la 2da y 3ra dosis con comida.',
  'La vacuna se aplica a partir de los 6 meses; llegue a la 1 y media.',
  'Cuente en voz alta: uno, dos, tres, cuatro, cinco, y respire.',
  'Amo mi pueblo, Dios lo bendiga.',
  'Aceptamos pacientes de Jalisco, Michoacán y Zacatecas.',
];

describe('Spanish PHI: general mechanisms, round 4', () => {
  test.each(POSITIVES)('finds it in %s', (text, _kind, span) => {
    expect(phiFindsSpan(text, span, RULES)).toBe(true);
  });

  test.each(POSITIVES)('reports the right kind in %s', (text, kind, span) => {
    const start = text.indexOf(span);
    const kinds = scanPhiText(text, RULES)
      .filter((f) => f.offset < start + span.length && start < f.offset + f.match.length)
      .map((f) => f.kind);
    expect(kinds).toContain(kind);
  });

  test.each(NEGATIVES)('no finding in %s', (text) => {
    expect(scanPhiText(text, ES)).toEqual([]);
  });

  test('a ZIP after a town that is a given name is left alone', () => {
    expect(scanPhiText('Gracias, Jackson, 90210 veces gracias.', ES).filter((f) => f.kind === 'zip-code')).toEqual([]);
  });

  test('the years of a person after a decade phrase stay an age', () => {
    expect(phiFindsSpan('Celebramos la fiesta de los 90 años de mi abuela.', '90', ES)).toBe(true);
  });

  test('a personal order line stays a phone', () => {
    expect(phiFindsSpan('Mi hija vende tamales, pedidos al 631-555-0101.', '631-555-0101', ES)).toBe(true);
  });
});
