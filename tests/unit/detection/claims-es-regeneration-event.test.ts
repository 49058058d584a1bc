/**
 * Spanish disease reversal told as an event (the Spanish pack's reversal.verb): an organ that
 * "se regeneró" (a testimonial of something that happened), an illness that "retrocede". The
 * present reflexive stays informational ("la piel se regenera sola cada 28 días"). Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('Spanish reversal told as an event', () => {
  it.each([
    'Con el té de ortiga el riñón de mi papá se regeneró en dos meses.',
    'Con las gotas de CBD el Alzheimer de mi madre retrocede cada semana.',
  ])('a reversal: %s', (text) => {
    expect(kinds(text)).toContain('disease-reversal');
  });
  it.each(['La piel se regenera sola cada 28 días.', 'El hígado se regenera después de una resección parcial.'])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
