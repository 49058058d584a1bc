/**
 * "natural de", "vecino de", "vecina del" before a capitalised name make it the person's place, as
 * "vive en" does (the Spanish pack's strongPlacePhrases). A given name after "vecina de" stays a
 * person. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'es' }).map((f) => `${f.kind}: ${f.match}`);

describe('natural de, vecino de', () => {
  it.each([
    ['Don Eusebio, natural de Chinchaycocha, cumplió su tratamiento completo con nosotros.', 'place: Chinchaycocha'],
    ['La señora Rufina, vecina de Ocotepeque, agradece a todo el personal de cirugía.', 'place: Ocotepeque'],
    ['El niño Bastián, vecino del Cerro Navia Alto, ya camina sin muletas.', 'place: Cerro Navia Alto'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });
  it('a given name after "vecina de" is a person, not a place', () => {
    expect(found('Mi vecina de Ana Lucía me trajo caldo cuando salí del hospital.').some((f) => f.startsWith('place'))).toBe(false);
  });
  it('a lower-case place noun is nothing', () => {
    expect(found('Es vecina de la clínica desde hace años y siempre nos saluda.')).toEqual([]);
  });
});
