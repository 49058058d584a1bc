/**
 * Spanish PHI beyond the dev phrasings (server/src/detection/phi/packs/es.ts and the shared
 * detectors it feeds): own sites, Mexican phone formats and labels, spelled digits, towns before
 * a state, nicknames and accents of the subject's name; state-level places, staff credentials and
 * biographies, a clinic's pages stay negative. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const ES: PhiOptions = { language: 'es', currentYear: 2026 };

function overlaps(text: string, span: string, options: PhiOptions): string[] {
  const start = text.indexOf(span);
  return scanPhiText(text, options)
    .filter((f) => f.offset < start + span.length && start < f.offset + f.match.length)
    .map((f) => f.kind);
}

const POSITIVES: Array<[string, string, string]> = [
  ['Lean mi historia completa en mariaelenasana.blogspot.com', 'personal-url', 'mariaelenasana.blogspot.com'],
  ['Sigan mi proceso en www.lupitavence.com 💪', 'personal-url', 'www.lupitavence.com'],
  ['Mi blog: https://diariodemirecuperacion.wordpress.com/', 'personal-url', 'diariodemirecuperacion.wordpress.com'],
  ['Mi GoFundMe es gofundme.com/f/ayuda-para-don-chuy', 'personal-url', 'gofundme.com/f/ayuda-para-don-chuy'],
  ['Me pueden buscar en facebook.com/rosario.mtz.88', 'personal-url', 'facebook.com/rosario.mtz.88'],
  ['Dejé todo en mi página linktr.ee/carmenlucha', 'personal-url', 'linktr.ee/carmenlucha'],
  ['Mi canal es youtube.com/@abuelaconlupus', 'personal-url', 'youtube.com/@abuelaconlupus'],
  ['Mi sitio personal: juancarlosrivera.mx', 'personal-url', 'juancarlosrivera.mx'],
  ['escríbanme al 55 1234 5678 para más info', 'phone', '55 1234 5678'],
  ['Mi cel es 664-123-4567, mándenme whats', 'phone', '664-123-4567'],
  ['Llámenme al (787) 555-0142 si tienen dudas', 'phone', '(787) 555-0142'],
  ['mi número: 33 12 34 56 78', 'phone', '33 12 34 56 78'],
  ['mi whats es +52 1 81 2345 6789', 'phone', '+52 1 81 2345 6789'],
  ['Me pueden llamar al tres cero cinco, cinco cinco cinco, uno dos tres cuatro', 'phone', 'tres cero cinco'],
  ['Mándale mensaje a mi hija al 915.555.0199', 'phone', '915.555.0199'],
  ['Crecí en Tlaquepaque y ahí me diagnosticaron.', 'place', 'Tlaquepaque'],
  ['Vengo manejando desde Pharr cada semana.', 'place', 'Pharr'],
  ['Mi familia sigue en Zacatecas capital, en el barrio de La Pinta.', 'place', 'La Pinta'],
  ['Trabajo en una fábrica en Cicero y ahí me dio el infarto.', 'place', 'Cicero'],
  ['Soy de un ranchito cerca de Jerez, Zacatecas.', 'place', 'Jerez'],
  ['Toda mi vida he vivido en la colonia Independencia de Monterrey.', 'place', 'Independencia'],
  ['De Caguas a la clínica son 40 minutos.', 'place', 'Caguas'],
  ['Nos mudamos a Pasadena cuando me enfermé.', 'place', 'Pasadena'],
  ['Mi mamá vive en Ciudad Juárez y la cuido los fines de semana.', 'place', 'Ciudad Juárez'],
  ['Vivo en la calle Morelos 215, en el centro.', 'street-address', 'calle Morelos 215'],
  ['Mi casa está en Av. Juárez #1020, col. Centro.', 'street-address', 'Av. Juárez #1020'],
  ['Vivo en el 4521 de Sunset Blvd.', 'street-address', '4521 de Sunset Blvd'],
  ['Mándenme las medicinas a 123 Calle Sol, Apt 4.', 'street-address', '123 Calle Sol'],
  ['Me encontraron desmayada en mi depa de la 5a avenida y calle 12.', 'street-address', '5a avenida y calle 12'],
  ['Vivimos en Privada de los Pinos 8, fraccionamiento Las Flores.', 'street-address', 'Privada de los Pinos 8'],
  ['Mi licencia de manejo es D1234567 y me la suspendieron por las convulsiones.', 'certificate-license-number', 'D1234567'],
  ['Mi número de licencia: B98765432.', 'certificate-license-number', 'B98765432'],
  ['Mi pasaporte G12345678 venció en el hospital.', 'certificate-license-number', 'G12345678'],
  ['Mi CURP es GOML850101HDFRRS09.', 'certificate-license-number', 'GOML850101HDFRRS09'],
  ['Número de mi green card: SRC1234567890.', 'certificate-license-number', 'SRC1234567890'],
  ['Mi matrícula consular es 12345678.', 'certificate-license-number', '12345678'],
  ['Mi INE termina en 0042871 y me la pidieron en admisión.', 'certificate-license-number', '0042871'],

  ['Mi mamá vive en la calle Hidalgo número 34, en Tonalá.', 'street-address', 'calle Hidalgo número 34'],
  ['Nos quedamos en el 1520 de la avenida Universidad.', 'street-address', '1520 de la avenida Universidad'],
  ['Vivo en Calle 8 #2345, Miami.', 'street-address', 'Calle 8 #2345'],
  ['La ambulancia llegó a mi casa en Blvd. Díaz Ordaz 501.', 'street-address', 'Blvd. Díaz Ordaz 501'],
  ['Vivimos en el 210 de Maple Street.', 'street-address', '210 de Maple Street'],
  ['Mi dirección es Calle Luna 12, Col. Las Palmas.', 'street-address', 'Calle Luna 12'],
  ['Urb. Villa Carolina, calle 4 bloque 12 #8: ahí vive mi abuela.', 'street-address', 'calle 4 bloque 12 #8'],
  ['Me caí frente a mi casa en la esquina de Juárez y Allende.', 'street-address', 'Juárez y Allende'],
  ['Mi papá vive en Cicero y yo en Berwyn.', 'place', 'Berwyn'],
  ['Somos de Santa Ana pero nos atendemos aquí.', 'place', 'Santa Ana'],
  ['Crecí en el barrio de Tepito.', 'place', 'Tepito'],
  ['Vivo en la colonia Roma, en CDMX.', 'place', 'Roma'],
  ['La familia de mi esposo es de Yauco.', 'place', 'Yauco'],
  ['Manejé desde Laredo hasta Houston para la cirugía.', 'place', 'Laredo'],
  // the bare "De Bayamón a Río Piedras en guagua, cada semana." names nobody: the text gate clears it (phi-text-gate.test.ts)
  ['Voy de Bayamón a Río Piedras en guagua, cada semana.', 'place', 'Bayamón'],
  ['Mi abuela cumplió 96 años el domingo.', 'age-over-89', '96'],
  ['Don Pepe, de noventa y tres años, volvió a caminar.', 'age-over-89', 'noventa y tres'],
  ['Me operaron el martes 4 de febrero.', 'date', '4 de febrero'],
  ['Nació el 2/03/1950.', 'date', '2/03/1950'],
  ['Mi expediente es el 448812.', 'medical-record-number', '448812'],
  ['Número de afiliado de Medicaid: 9988776655.', 'health-plan-number', '9988776655'],
  ['Las placas de mi troca son JKL-45-21.', 'vehicle-identifier', 'JKL-45-21'],
  ['El número de serie de mi bomba de insulina es PX-4471-B.', 'device-identifier', 'PX-4471-B'],
  ['Mi correo: lupita.garza(arroba)gmail(punto)com', 'email', 'lupita.garza'],
  ['Mi número de seguro social es 123-45-6789.', 'ssn', '123-45-6789'],
  ['Mi licencia de conducir de Texas 12345678 la tienen en admisión.', 'certificate-license-number', '12345678'],
];

/** Text, the subject's full name (consent does not cover it), the span that must be found. */
const SUBJECTS: Array<[string, string, string]> = [
  ['Martina Solís Reyes llegó a urgencias con dolor de pecho.', 'Martina Solís Reyes', 'Martina'],
  ['A sus 45 años, Chuy Hernández volvió a caminar.', 'Jesús Hernández', 'Hernández'],
  ['Doña Mari nos cuenta su historia.', 'María Guadalupe Torres', 'Mari'],
  ['La señora Torres salió del hospital feliz.', 'María Guadalupe Torres', 'Torres'],
  ['"Nunca pensé volver a bailar", dice Lupita.', 'Guadalupe Ramírez', 'Lupita'],
  ['Gracias, ROBERTO, por compartir tu historia.', 'Roberto Díaz', 'ROBERTO'],
  ['Jose Luis sonríe al recordarlo.', 'José Luis Pérez', 'Jose Luis'],
  ['Conoce a Ana Sofía y su lucha contra la leucemia.', 'Ana Sofía Medina', 'Ana Sofía'],
];

const LOOKALIKES: string[] = [
  'La doctora Ruiz atiende en nuestra clínica de la avenida Reforma 300.',
  'Llámenos al 800-555-0100 para agendar su cita.',
  'Síguenos en facebook.com/clinicasaludfamiliar',
  'Visite www.hospitalsanjose.org para más información.',
  'Tenemos sedes en Jalisco, Nuevo León y Texas.',
  'Aplique 2 veces al día; dosis de 500 mg cada 8 horas.',
  'La feria de salud será el 15 de marzo en nuestra sede.',
  'Mi abuela tiene 87 años y sigue cocinando.',
  'El Dr. Martínez, cédula profesional 1234567, es nuestro nuevo cardiólogo.',
  'El consultorio está en el piso 3, habitación 305.',
  'Nuestro código de descuento es SALUD2024.',
  'Vivo en Texas desde hace 20 años.',
  'Mi familia es de México y la de mi esposo de Guatemala.',
  'La enfermera Gómez me explicó todo.',
  'Código CPT 99213 y diagnóstico E11.9.',
  'El modelo del glucómetro es Accu-Chek Guide.',
  'Atendemos en Los Ángeles y San Diego.',
  'Nuestro horario es de 8:00 a 17:00, lunes a viernes.',
  'Licencia sanitaria 123456 de la clínica.',
  'En 2019 me diagnosticaron diabetes.',

  'Nuestra clínica está en la avenida Juárez 1200, segundo piso.',
  'Visítenos en Calle 8 #1500, Miami, de lunes a viernes.',
  'La Dra. Ramírez nació en Guadalajara y estudió en la UNAM.',
  'Tenemos consultorios en Houston, Dallas y San Antonio.',
  'Jornada de vacunación el sábado 12 de abril en nuestra sede de Pharr.',
  'Pacientes de 65 años o más pueden vacunarse gratis.',
  'Tome 1 tableta cada 8 horas por 7 días.',
  'Llámenos al (956) 555-0134 de 8 a 5.',
  'Escríbanos a citas@clinicadelvalle.org',
  'Su presión es de 120/80 y su glucosa 98 mg/dl.',
  'El estudio incluyó a 1,200 pacientes en México y Colombia.',
  'Nuestro equipo de Chihuahua y Sonora atiende en español.',
  'La campaña llega a Puerto Rico el 5 de mayo.',
  'En 1998 abrimos nuestra primera clínica.',
  'Mi abuelo tiene 88 años y sigue trabajando en el campo.',
  'El Dr. Torres, originario de Monterrey, se une a nuestro equipo.',
  'Habitación 412, piso 4, torre B.',
  'Código postal de la clínica: 78501.',
  'La enfermera Lupita Gómez coordina el programa.',
];

describe('Spanish PHI: shapes and cues the dev texts did not use', () => {
  it.each(POSITIVES)('%s → %s', (text, kind, span) => {
    // The rules alone (textGate: false): the text gate (gate.ts) may clear a short impersonal text; phi-text-gate.test.ts tests it.
    expect(overlaps(text, span, { ...ES, textGate: false })).toContain(kind);
  });

  it.each(SUBJECTS)('subject name: %s', (text, name, span) => {
    expect(overlaps(text, span, { ...ES, subjectNames: [name] })).toContain('subject-name');
  });

  it('a nickname of someone else passes when the subject has another name', () => {
    expect(overlaps('La historia de Mari salió en el periódico.', 'Mari', { ...ES, subjectNames: ['Rosa Elena Díaz'] })).toEqual([]);
  });

  it.each(LOOKALIKES.map((t) => [t]))('passes: %s', (text) => {
    expect(scanPhiText(text, ES).map((f) => `${f.kind}: ${f.match}`)).toEqual([]);
  });

  it.each([['Vivo en Jalisco desde niña.'], ['Nací en Michoacán.'], ['Mi familia es de Nuevo León.']])('a state is not an identifier: %s', (text) => {
    expect(scanPhiText(text, ES)).toEqual([]);
  });

  it('a state after a town makes the town a place; a county word keeps a state name a county', () => {
    expect(overlaps('Nos mudamos a Tepatitlán, Jalisco.', 'Tepatitlán', ES)).toContain('place');
    expect(overlaps('Mi suegro es vecino del condado de Hidalgo.', 'Hidalgo', ES)).toContain('place');
  });
});
