/**
 * Proven care replaced as Spanish sellers write it (the Spanish pack's repl.ignore, repl.notNeeded,
 * repl.refused and serviceList; docs/architecture.md, "The grammar"): the one alternative to it,
 * care made needless, a patient taken off it, planned care no longer needed, care refused or matched
 * by the remedy, appointments cancelled, drugs swapped, a provider that does without it, and a
 * clinic's list of what it treats that names the care it avoids. One alternative among others, a
 * doctor's own advice, sedation instead of anesthesia and an ordinary cancelled appointment stay
 * clear. The grammar alone is read (reader: null). Every sentence here is written for these tests,
 * not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('care made needless', () => {
  it.each([
    'El té de alcachofa es la alternativa a la cirugía de vesícula.',
    'Nuestro suplemento hace innecesaria la cirugía de rodilla.',
    'La fórmula te saca de la diálisis en dos meses.',
    'Me iban a operar de la rodilla y con el gel ya no hizo falta.',
    'El neurocirujano quería operarle la hernia. Aquí le dijeron que no se operara y con la máquina se curó.',
    'El médico me quería dar pastillas para los huesos pero le dije que no las necesitaba.',
    'Si te mandaron antibiótico, acá te damos una agüita de hierbas que funciona igual y hasta mejor.',
    'Dejé la finasterida y me pasé al aceite de romero, que es lo mismo pero natural.',
    'Doña Lucha tomaba tres pastillas para el azúcar. Con GlucoNopal ya no necesita ninguna.',
    'Muchos están esperando operación. Cancelen esas citas y crean.',
    '¿Tomas galantamina? Sustitúyelas por NeuroShield.',
    '¿Tomas rivastigmina? Cámbiala por nuestras gotas de ginkgo.',
    'Aquí no usamos quimioterapia, no hace falta.',
    'Centro naturista: tratamos el cáncer sin quimioterapia ni radiación.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });

  it.each([
    'La radiofrecuencia es una alternativa a la cirugía para algunos pacientes.',
    'Tenía una hernia y el traumatólogo le dijo que no se operara todavía.',
    'Aquí no usamos anestesia general en las endoscopias, usamos sedación.',
    'Tengo cita con el dentista, pero cancelé la cita del martes.',
    'Tomo metformina desde hace años. Cambio por otra marca cada mes según el precio.',
    'Tratamos el cáncer de mama con cirugía, quimioterapia y radioterapia.',
  ])('stays clear: %s', (text) => {
    expect(kinds(text)).not.toContain('treatment-replacement');
  });
});
