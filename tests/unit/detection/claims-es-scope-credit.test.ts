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

describe('a negation ends before a new predicate, and at the suppression frame', () => {
  it.each([
    ['No tiene contraindicaciones y puede dejar su pastilla de la presión.', 'treatment-replacement'],
    ['Lo que la psiquiatría no te dice es que no necesitas pastillas.', 'treatment-replacement'],
  ])('%s', (text, kind) => {
    expect(kinds(text).some((k) => k.startsWith(kind))).toBe(true);
  });

  it.each(['El prospecto no dice que cure la diabetes.', 'No tiene contraindicaciones y no puede dejar su pastilla de la presión sin consultar.'])('what is not said, or a stop itself negated, stays clear: %s', (text) => {
    expect(kinds(text).filter((k) => !k.startsWith('zero-risk'))).toEqual([]);
  });
});

describe("a stop counted among the seller's clients, or already done, is a result, not a hedge", () => {
  it.each(['Muchos clientes dejaron la insulina con nuestras gotas.', 'Tómate la botella antes: muchas ya cancelaron la cirugía.'])('%s', (text) => {
    expect(kinds(text).some((k) => k.startsWith('treatment-replacement'))).toBe(true);
  });

  it('many patients who stop out of fear are described, not promised', () => {
    expect(kinds('Muchos pacientes dejan la insulina por miedo a engordar.')).toEqual([]);
  });
});

describe('care wasted, and medicine called functional, are not the care credited', () => {
  it.each([
    ['Vete a México ya, no pierdas tiempo con la quimio.', 'treatment-replacement'],
    ['El SOP se cura al 100% desde la raíz con medicina funcional.', 'cure'],
  ])('%s', (text, kind) => {
    expect(kinds(text).some((k) => k.startsWith(kind))).toBe(true);
  });

  it('proven care credited stays credited', () => {
    expect(kinds('La neumonía se curó con antibióticos en una semana.').filter((k) => k.startsWith('cure'))).toEqual([]);
  });
});
