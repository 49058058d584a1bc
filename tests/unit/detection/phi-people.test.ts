/**
 * People in the writer's life named without a relation word (server/src/detection/phi/people.ts)
 * and the given names of US births (server/src/detection/data/given-names-us.ts): a given name
 * after a companion or gratitude cue in a sentence about the writer, acting on the writer, paired
 * with the writer, or owning a personal noun. Staff (a profession or title next to the name),
 * famous people, saints and places stay negative. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';
import { phiFindsSpan } from './helpers/phi-span';
import { isGivenName } from '../../../server/src/detection/phi/compile';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

const found = phiFindsSpan;

const POSITIVES: Array<[PhiOptions, string, string]> = [
  [EN, 'After my scan I went home with Marisol and slept for ten hours.', 'Marisol'],
  [EN, 'Big thanks to Deandre for sitting with me through every infusion.', 'Deandre'],
  [EN, 'Nayeli drove me to the ER at 3am when the pain started.', 'Nayeli'],
  [EN, 'Shout out to Jaxon, who picked me up after chemo every week.', 'Jaxon'],
  [EN, 'Me and Rigoberto did the 5K walk for the cancer center this year.', 'Rigoberto'],
  [EN, 'Please share Aiden’s fundraiser, the transplant is next month.', 'Aiden'],
  [ES, 'Fui con Yuridia a la clínica porque yo no manejo.', 'Yuridia'],
  [ES, 'Gracias a Xiomara que me acompañó a todas las quimios.', 'Xiomara'],
  [ES, 'Anoche Efraín me llevó a urgencias con el dolor de pecho.', 'Efraín'],
  [ES, 'Itzel y yo vamos a correr por la fundación de diabetes.', 'Itzel'],
  [ES, 'Ya les mandé fotos del parto de Nayeli, pesó 3 kilos.', 'Nayeli'],
  [EN, 'Caller tip: Rosalind from Grand Island says the ER sent her home twice.', 'Rosalind'],
  [ES, 'Nos escribe Yadira desde Brownsville: su mamá sigue en diálisis.', 'Yadira'],
  [ES, 'Descansa en paz Doña Eulalia Treviño, madre de nuestra vecina.', 'Eulalia'],
  [ES, 'Ayer visitamos a don Próspero en su casa de Pharr.', 'Próspero'],
  [EN, 'The ambulance took Mr. Abernathy from the blue house this morning.', 'Abernathy'],
  [EN, 'Thanks for the soup Rosalind!! My throat feels better already.', 'Rosalind'],
  [EN, 'Week 3 of radiation with my wife (hi Deandre 👋) and we are holding up.', 'Deandre'],
  [EN, 'At 2am I drove Nayeli to the ER with a fever of 104.', 'Nayeli'],
  [ES, 'Le mandé la foto de mi receta a Yuridia para que la recoja.', 'Yuridia'],
];

const NEGATIVES: Array<[PhiOptions, string]> = [
  [EN, 'Shoutout to Jessica at the front desk, she made my visit easy.'],
  [EN, 'Our nurse Deandre walked me through the discharge papers.'],
  [EN, 'Kimberly, our physical therapist, showed me three new stretches.'],
  [EN, 'I went to the Bad Bunny concert with my cane and survived.'],
  [EN, 'We moved from Florida and our insurance changed.'],
  [ES, 'La psicóloga Andrea me enseñó técnicas de respiración.'],
  [ES, 'La Virgen de Guadalupe me dio fuerzas para seguir con la diálisis.'],
  [ES, 'Nosotros estamos en Florida y nos negaron el Medicaid.'],
  [ES, 'La educadora Nilda nos va a enseñar a contar carbohidratos.'],
  [ES, 'Todos en el concierto de Bad Bunny y yo aquí cambiando el sensor.'],
  [EN, 'Dr. Rosalind Chu from Grand Island joins our cardiology team in May.'],
  [EN, 'Ask Brianna from Tulsa Health Partners about the new hours.'],
  [ES, 'Nuestra promotora del año: ¡Doña Lupe Villa! 20 años llevando salud al barrio.'],
  [ES, 'El trabajador social del hospital, el Sr. Ibáñez, nos está ayudando.'],
  [EN, 'Child-life specialists Ms. Ana and Mr. Brooks built a Lego model of the MRI.'],
  [EN, 'Huge thanks to the whole pharmacy team! Open until 9 tonight.'],
  [EN, 'Thanks Houston! Our walk raised $40,000 for the cancer center.'],
  [EN, 'Thanks to Maria in billing for sorting out my claim!'],
  [EN, 'Alexa reminds me to take my pills every night.'],
  [ES, 'Gracias a Dios mi mamá ya salió del hospital.'],
  [EN, 'We visited Denver for the conference last spring.'],
];

/** Places named by a signature or by a cue strong enough for a town that is also a given name. */
const PLACES: Array<[PhiOptions, string, string]> = [
  [EN, '“Best facial of my life!” — Kendra, Bozeman', 'Bozeman'],
  [EN, 'Loved every minute. – Jessa R., Wasilla', 'Wasilla'],
  [ES, 'Una madre de Elizabeth, Nueva Jersey, dice que le cobraron dos veces.', 'Elizabeth'],
  [ES, 'Mi tía ya está en casa en Elizabeth con mi prima.', 'Elizabeth'],
  [EN, 'Thank you Kinderhook for every casserole and every prayer!', 'Kinderhook'],
  [EN, 'Heads up Maplewood: my neighbor was taken by ambulance this morning.', 'Maplewood'],
];
const PLACE_LOOKALIKES: Array<[PhiOptions, string]> = [
  [EN, '“Best facial of my life!” — Kendra, Esthetician'],
  [ES, 'Gracias a Elizabeth por la receta de hoy.'],
  [EN, 'Thanks Austin! You made my whole week.'],
];

describe('places after a signature, and towns that are also given names', () => {
  it.each(PLACES)('%#: the place is reported', (options, text, span) => {
    const start = text.indexOf(span);
    expect(scanPhiText(text, options).some((f) => f.kind === 'place' && f.offset <= start && start < f.offset + f.match.length)).toBe(true);
  });
  it.each(PLACE_LOOKALIKES)('%#: no place in the look-alike', (options, text) => {
    expect(scanPhiText(text, options).filter((f) => f.kind === 'place')).toEqual([]);
  });
});

describe('people in a story without a relation word', () => {
  it.each(POSITIVES)('%#: the name is reported', (options, text, span) => {
    expect(found(text, span, options)).toBe(true);
  });
  it.each(NEGATIVES)('%#: the look-alike stays negative', (options, text) => {
    expect(scanPhiText(text, options)).toEqual([]);
  });
});

describe('given names of US births', () => {
  it('holds names the English list lacks, and no common words', () => {
    for (const name of ['Marisol', 'Yesenia', 'Xiomara', 'Nayeli', 'Jaxon', 'Rigoberto']) expect(isGivenName(name)).toBe(true);
    for (const word of ['Baker', 'Milagros', 'Esperanza', 'Azul']) expect(isGivenName(word)).toBe(false);
  });
});
