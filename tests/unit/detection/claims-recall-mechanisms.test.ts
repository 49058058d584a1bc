/**
 * Claim mechanisms added for recall (server/src/detection/claims/packs/es.ts and en.ts): vocabulary
 * classes (illnesses by name, specialists by suffix, drug classes by prefix or suffix), verb
 * families (hiding, telling, discarding), the word "milagro" alone, and the look-alikes each must
 * let pass. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

function kinds(text: string, language: string): string[] {
  return detectClaims(text, {}, language).map((h) => h.kind);
}

const ES_POSITIVES: Array<[string, string]> = [
  ['Este remedio natural cura la apnea del sueño.', 'cure'],
  ['El té de hoja de papaya cura la malaria.', 'cure'],
  ['La sobadora me compuso la ciática en dos visitas.', 'cure'],
  ['Mi cuñada tenía lupus, tomó el jarabe y ya está curada.', 'cure'],
  ['Se frotó el ungüento y el melanoma desapareció.', 'cure'],
  ['Este extracto mata el cáncer de raíz.', 'cure'],
  ['Los ginecólogos lo saben y se lo callan.', 'suppressed-knowledge'],
  ['La OPS encubrió el estudio del jengibre.', 'suppressed-knowledge'],
  ['Esto no te lo enseñan en la facultad de medicina.', 'suppressed-knowledge'],
  ['Jamás te lo dirá tu reumatóloga: la cúrcuma basta.', 'suppressed-knowledge'],
  ['A los dermatólogos les pagan por callar.', 'suppressed-knowledge'],
  ['Esta pomada es un milagrito, de verdad.', 'miracle'],
  ['¡MILAGRO! La crema borró mis várices.', 'miracle'],
  ['Diosito me mandó un milagro con este aceite.', 'miracle'],
  ['Les ha funcionado a todos los que lo probaron.', 'universal-efficacy'],
  ['A nadie le ha fallado este té.', 'universal-efficacy'],
  ['Todas las mujeres que siguen el plan quedan embarazadas.', 'universal-efficacy'],
  ['Cero fallos con nuestras cápsulas.', 'universal-efficacy'],
  ['Desde que toma la moringa ya no se inyecta.', 'treatment-replacement'],
  ['Ya botamos las pastillas de la presión.', 'treatment-replacement'],
  ['Evite al reumatólogo con estas gotas.', 'treatment-replacement'],
  ['Con el parche no tendrás que operarte.', 'treatment-replacement'],
  ['El jugo de apio te sana todo.', 'cure-all'],
  ['Tiene el visto bueno de la FDA.', 'fda-approval'],
  ['Con estas gotas nunca más te dolerá la cabeza.', 'permanence'],
  ['El naturista jura que su jarabe nunca falla y que no necesitas la vacuna.', 'vaccine-alternative'],
  ['Con una sola untada se me quitó la ciática.', 'instant-results'],
  ['Con estas gotas recuperas la audición.', 'disease-reversal'],
  ['El té deja tus riñones como nuevos.', 'disease-reversal'],
  ['Dos noches usando el parche y la migraña se fue.', 'instant-results'],
];

const ES_LOOKALIKES: string[] = [
  'Nuestra nieta es un milagro.',
  'Fue un milagro que saliera bien, gracias al equipo de cirugía.',
  'Si su médico no le dice nada, pregúntele.',
  'La FDA retiró del mercado un jarabe contaminado.',
  'Nadie necesita antibióticos para un resfriado.',
  '¿Quién necesita una cita? Llame a recepción.',
  'No gaste en medicamentos de marca: pida genéricos.',
  'Con el seguro no tendrá que pagar la cirugía.',
  'Mi dolor de espalda desapareció con el reposo.',
  'El quiropráctico me acomodó la espalda.',
  'La quimioterapia mata las células cancerosas.',
  'La gripe se quita en una semana con reposo.',
  'Evite la vacuna si tiene fiebre alta.',
  'Tras la cirugía de cataratas recuperó la vista.',
  'Después de la prótesis mis rodillas quedaron como nuevas.',
  'Llevo dos días tomando ibuprofeno y el dolor de muela sigue.',
];

const EN_POSITIVES: Array<[string, string]> = [
  ['After the detox I tossed my prednisone.', 'treatment-replacement'],
  // every form of the stop rule's phrasal verbs, the particle before the object
  ['Since the juice cleanse Grandpa throws out his statins every month.', 'treatment-replacement'],
  ['She keeps tossing out her inhalers since the salt cave sessions.', 'treatment-replacement'],
  ["I'm done with insulin since the cinnamon protocol.", 'treatment-replacement'],
  ['Throw away your PPIs, this tea fixes reflux.', 'treatment-replacement'],
  ["They didn't want you to have this cure.", 'suppressed-knowledge'],
  ["They don't teach this in medical school.", 'suppressed-knowledge'],
  ['It is all natural, so nothing can go wrong.', 'zero-risk'],
  ['Lose the pounds while you nap with this patch.', 'effortless-weight-loss'],
  ['I got off all 3 of my blood pressure meds with beet juice.', 'treatment-replacement'],
];

describe('claims recall mechanisms (es)', () => {
  it.each(ES_POSITIVES)('%s → %s', (text, kind) => {
    expect(kinds(text, 'es')).toContain(kind);
  });
  it.each(ES_LOOKALIKES)('look-alike passes: %s', (text) => {
    expect(kinds(text, 'es')).toEqual([]);
  });
});

describe('claims recall mechanisms (en)', () => {
  it.each(EN_POSITIVES)('%s → %s', (text, kind) => {
    expect(kinds(text, 'en')).toContain(kind);
  });
});
