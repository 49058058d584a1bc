/**
 * Two readings of the Spanish pack's context (docs/architecture.md, "Negation and its scope";
 * "Care credited"): a negation does not reach a care stopped in the past after "y" ("ya ni mocos
 * tiene y dejamos la azitromicina"), and care named after a possessive that opens the next phrase
 * is not the care credited ("gracias al aceite mi doctor me bajó la dosis"). The grammar alone is
 * read (reader: null). Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`);

describe('a negation ends before a care stopped in the past', () => {
  it.each([
    ['Con el jarabe mi hijo ya ni tos tiene y dejamos el salbutamol.', 'el salbutamol'],
    ['No volví a tener crisis y suspendimos la levotiroxina.', 'la levotiroxina'],
  ])('%s', (text, drug) => {
    expect(kinds(text).some((k) => k.startsWith('treatment-replacement') && k.includes(drug))).toBe(true);
  });

  it.each(['No dejé el salbutamol.', 'Nunca dejamos el salbutamol aunque la tos mejoró.', 'No tengo tos ni dejé el inhalador.'])('a stop that is itself negated stays clear: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('the care credited', () => {
  it('is not a doctor named after the remedy and a possessive', () => {
    expect(kinds('Gracias a las gotas mi doctora ya me quitó la pastilla de la tiroides, en un mes ya ni la voy a necesitar.').some((k) => k.startsWith('treatment-replacement'))).toBe(true);
  });

  it.each(['Gracias a mi doctora ya no necesito la pastilla de la tiroides.', 'Gracias al equipo de mi doctora ya no necesito tantas pastillas.'])('is the care after "gracias a", with or without a possessive: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
