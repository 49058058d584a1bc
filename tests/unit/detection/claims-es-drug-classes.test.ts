/**
 * Spanish proven treatment by class and by procedure (the Spanish pack's TREATMENTS): drugs as a
 * class ("los fármacos"), everyday painkillers, a joint's prosthesis, rehabilitation and
 * physiotherapy, procedures by their suffix ("artroscopia", "histerectomía"); and a treatment left
 * in the perfect tense ("he dejado la levodopa"). Going to them is no claim. Sentences are written
 * for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish treatment by class and procedure', () => {
  it.each([
    'Con este colágeno mi vecina canceló su artroscopia y ya corre otra vez.',
    'Desde que tomo la cúrcuma he dejado el ibuprofeno para siempre.',
    'La cápsula de ajo negro reemplaza a los fármacos para la presión.',
  ])('a replacement: %s', (text) => {
    expect(kinds(text)).toContain('treatment-replacement');
  });
  it.each([
    'La rehabilitación empieza dos semanas después de colocar la prótesis de rodilla.',
    'Tome el paracetamol cada ocho horas si tiene fiebre y avise a su médico.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
