/**
 * Spanish PHI, fifth round of general mechanisms (server/src/detection/phi/README.md): look-alikes
 * that stay clean (readings before "de" and temperatures are no ages, a group's age bound, role
 * and institution mailboxes, hotlines and lines named by their noun, a number the writer dialled,
 * an institution's number after a contact verb, world and national days, the organisation's
 * events, devotions and shop names holding a town) and relatives named after somebody's relation
 * ("la hermana de …", "mamá de …"). Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';
import { phiFindsSpan } from './helpers/phi-span';

const ES: PhiOptions = { language: 'es', currentYear: 2026 };

const POSITIVES: Array<[string, string, string]> = [
  // relatives after somebody's relation and "de"
  ['Yo, la prima de Gilberto Saucedo, firmo esta carta para su abogado.', 'relative-name', 'Gilberto'],
  ['Con cariño, Rocío, mamá de Damián y de Fernanda.', 'relative-name', 'Damián'],
  ['Pidamos por el yerno de doña Herminia, que sigue internado.', 'relative-name', 'Herminia'],
  ['Papá de Benjamín y Lucas | sobreviviente de linfoma | Tucson', 'relative-name', 'Lucas'],
  // ages and contacts that stay a person's
  ['Mi bisabuela, de 97 años, todavía borda servilletas.', 'age-over-89', '97'],
  ['Mi suegro ya tiene 93 y no quiere usar bastón.', 'age-over-89', '93'],
  ['Mi nieta se quedó sin saldo, la llamé al 323-555-0168 y no contesta.', 'phone', '323-555-0168'],
  ['Si necesitan algo llamen a mi yerno del taller, 323-555-0168.', 'phone', '323-555-0168'],
  ['Mi correo del trabajo es yolanda.m@hospitalcentral.org, por si me buscan.', 'email', 'yolanda.m@hospitalcentral.org'],
  ['Mi hijo tiene una línea nueva: 323-555-0168.', 'phone', '323-555-0168'],
  // dates of a person on a world day; a place from a person named in the organisation's sentence
  ['El 7 de abril, Día Mundial de la Salud, operaron a mi esposo.', 'date', '7 de abril'],
  ['Ganador del sorteo del taller: Sr. Evaristo Lugo, del barrio Pilsen. ¡Felicidades!', 'place', 'Pilsen'],
];

const NEGATIVES: string[] = [
  // readings and temperatures
  'El niño amaneció con fiebre de 103 y le dimos ibuprofeno.',
  'Anoche le subió la calentura a 102°F, hoy ya está mejor.',
  'La saturación de 91 preocupa si dura más de un día.',
  'Hoy tenía una glucosa de 98 en ayunas, gracias a Dios.',
  // a group's age bound
  'Las personas mayores de 90 años pueden pedir visita a domicilio.',
  'Los pacientes de 95 años o más reciben transporte gratis.',
  // role and institution mailboxes
  'Manden su solicitud a vacantes@saludfamiliar.org antes del viernes.',
  'Las donaciones se reciben en donativos@fundacionesperanza.org, gracias por su apoyo.',
  'Le escribí a la coordinadora a mlopez@clinicadelsol.org y nunca me contestó.',
  // hotlines, a line named by its noun, numbers dialled or owned by an institution
  'Si está en crisis, la línea nacional 1-888-628-9454 atiende en español.',
  'La línea de la Cruz Azul, 305-555-0172, le ayuda con los trámites.',
  'Tardaron un mes con mis estudios y cuando llamé al 210-555-0133 me colgaron.',
  'Para dudas sobre vacunas llame al departamento de salud del condado, 210-555-0133.',
  'En la recepción me dijeron que llamara al 210-555-0133 para la factura.',
  // world and national days
  'Caminata el 31 de mayo, Día Mundial sin Tabaco, salida a las 8.',
  'Día Nacional de la Prueba del VIH, 27 de junio: pruebas gratis en la plaza.',
  // the organisation's events, devotions, shop names holding a town
  'La feria de salud es en el parque de Boyle Heights el sábado.',
  'Le pedimos a la Virgen de San Juan de los Lagos por todos los enfermos.',
  'Farmacia del Pueblo: su receta está lista.',
];

describe('Spanish PHI: general mechanisms, round 5', () => {
  test.each(POSITIVES)('finds it in %s', (text, _kind, span) => {
    expect(phiFindsSpan(text, span, ES)).toBe(true);
  });

  test.each(POSITIVES)('reports the right kind in %s', (text, kind, span) => {
    const start = text.indexOf(span);
    const kinds = scanPhiText(text, ES)
      .filter((f) => f.offset < start + span.length && start < f.offset + f.match.length)
      .map((f) => f.kind);
    expect(kinds).toContain(kind);
  });

  test.each(NEGATIVES)('no finding in %s', (text) => {
    expect(scanPhiText(text, ES)).toEqual([]);
  });

  test('a relative named after a possessed relation and "de" is a place, not a name', () => {
    const kinds = scanPhiText('Mi cuñada de Fresno viene el domingo.', ES).map((f) => f.kind);
    expect(kinds).not.toContain('relative-name');
  });
});
