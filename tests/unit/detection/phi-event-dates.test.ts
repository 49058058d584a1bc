/**
 * The organisation's event dates are not a patient's (server/src/detection/phi/org-context.ts,
 * organisationDate): in a text that speaks as the organisation, a sentence that names one of the
 * pack's `eventNouns` ("sorteo", "jornada", "maratón", "colecta", "screening") dates the event
 * even when the organisation's cue is in another sentence. A date in such a sentence that is
 * about somebody (first person, a relative, a named person) stays an identifier; so does an event
 * noun's date in a text with no organisation voice at all, which may be anybody's account of the
 * day. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

// The rules alone: phi-text-gate.test.ts tests the gate.
const dates = (text: string, language: string): string[] => scanPhiText(text, { language, textGate: false }).filter((f) => f.kind === 'date').map((f) => f.match);

describe("an event's date", () => {
  it.each([
    ['es', 'Gracias por participar. El sorteo de la canasta solidaria se hace el 14 de diciembre en el salón parroquial a las 19 h. Síguenos para ver el ganador.'],
    ['es', 'Síguenos en redes. La colecta de juguetes para oncología pediátrica cierra el 20 de diciembre.'],
    ['es', 'La Asociación de Pacientes Renales organiza una jornada de charlas el próximo 22 de mayo.'],
    ['es', 'Próximos recorridos por la sala de partos: 3 de febrero y 10 de marzo. Reserve su lugar en recepción.'],
    ['en', 'Walk-ins welcome. The free skin cancer screening at the library runs on March 14 from 9 to noon.'],
  ])('%s: not an identifier: %s', (language, text) => {
    expect(dates(text, language)).toEqual([]);
  });
  it.each([
    ['es', 'Mi mamá corrió la caminata el 19 de octubre, un año después de su mastectomía.', '19 de octubre'],
    ['es', 'En la jornada del 22 de mayo le detectaron diabetes a mi esposo.', '22 de mayo'],
    ['en', 'I went to the screening on March 14 and they found a spot on my back.', 'March 14'],
    ['es', 'La caminata contra la diabetes arranca el 19 de octubre desde la plaza principal.', '19 de octubre'],
  ])('%s: stays a date: %s', (language, text, date) => {
    expect(dates(text, language)).toEqual([date]);
  });
});
