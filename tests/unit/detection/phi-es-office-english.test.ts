/**
 * US Spanish switches to English for an office's greeting: "Hi, this is Karla from the front desk,
 * solo para confirmar su cita" is staff speaking for the office (server/src/detection/phi/names.ts,
 * speaksForOffice with the Spanish pack's `officeLinks` "from" and "with", and its English office
 * words). A speaker from a town, or a mother, stays a person. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'person-name').map((f) => f.match);

describe('an office greets in English (es)', () => {
  it.each([
    'Hi, this is Karla from the front desk, solo para confirmar la cita de mañana a las 3:15. Traiga su ID, gracias, bye.',
    'Hello, this is Brenda with billing, le llamo por el copago de la consulta del martes.',
  ])('staff: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
  it.each([['Hi, this is Karla from Phoenix, soy la mamá de Luis y necesito la receta.', 'Karla']])('a person: %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
