/**
 * Spanish disease reversal (es.ts): an organ made young again (reversal.young: "arterias de un
 * chaval de 20", "como el de un joven de 20 años"), a diagnosis left behind ("salieron del
 * espectro"), and diagnoses the health lexicon now names by stem and suffix ("revierte la
 * azoospermia", "revertir la insuficiencia cardíaca"). The look-alikes compare organs in general
 * or name the same words as facts. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('an organ made young again, a diagnosis left behind', () => {
  it.each([
    'Desde que tomo el aceite de krill tengo las rodillas de una muchacha de 18.',
    'Tras la cura de ajo negro sus arterias quedaron como las de un joven de 25 años.',
    'Con nuestras gotitas de cannabis los dos niños salieron del espectro autista.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('disease-reversal');
  });

  it.each([
    'Los huesos de un niño de 10 años sanan más rápido que los de un adulto.',
    'La piel de una adolescente produce más grasa por las hormonas.',
  ])('leaves organs compared in general: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('diagnoses by stem and suffix', () => {
  it.each([
    'El polen de abeja revierte la azoospermia en 30 días.',
    'Nuestro protocolo de sueros revierte la leucopenia sin quimio.',
    'Con la quelación logramos revertir la insuficiencia cardíaca de mi suegro.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('disease-reversal');
  });

  it.each([
    'La azoospermia obstructiva a veces se trata con cirugía; su urólogo le explicará las opciones.',
    'La insuficiencia cardíaca no se revierte con suplementos.',
  ])('leaves the diagnosis named as a fact or denied: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
