/**
 * Spanish labelled identifiers as forms write them (server/src/detection/phi/labels.ts, the
 * Spanish pack's idLabels): a two-word label keeps its word that elsewhere marks no identifier
 * ("tarjeta sanitaria 1402 7781 3365 09", while "registro sanitario 12345678" stays a product's
 * registration), labels written with periods ("C.C.", "C.I."), Colombia's TI, the foreigner's
 * card, the health cards of Euskadi and Asturias. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind !== 'place' && f.kind !== 'person-name' && f.kind !== 'relative-name').map((f) => `${f.kind}: ${f.match}`);

describe('Spanish labelled identifiers on forms', () => {
  it.each([
    ['A mi suegro le cambiaron de médico; su tarjeta sanitaria es 2201 4455 9087 13.', 'health-plan-number: 2201 4455 9087 13'],
    ['Acudiente: la abuela, C.C. 41.552.893, firma el consentimiento.', 'ssn: 41.552.893'],
    ['Datos del paciente — C.I.: 0912345678 — control de presión cada mes.', 'ssn: 0912345678'],
    ['Mi sobrino, TI 1.034.556.721, necesita la vacuna del VPH.', 'ssn: 1.034.556.721'],
    ['¿Me pueden atender con mi carné de extranjería 004512873?', 'ssn: 004512873'],
    ['Recordatorio para su madre (TIS 40228715): cita el jueves a las 10.', 'health-plan-number: 40228715'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
  it.each([
    'Producto con registro sanitario 12345678 de la autoridad, venta libre.',
    'La clínica tiene licencia sanitaria 2345678 vigente hasta 2027.',
  ])('no identifier: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
