/**
 * An organisation's phone named by its number word and its owner (the Spanish pack's `numberNouns`
 * "tel", "tfno", "fono" with an institution after "del"/"de la", and `officeLabels` "Tel.
 * despacho", "cel. institucional", "Tel. negocio"; server/src/detection/phi/org-context.ts):
 * the office's, not a patient's. A person's own "tel." keeps it. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const phones = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'phone').map((f) => f.match);

describe("an office's phone by its label", () => {
  it.each([
    'Encargada de turno: Rosa M. Tel del banco de ropa 915-555-0142. Se reciben donaciones en la capilla.',
    'Para la constancia de bautismo traer DNI. Tel. despacho 968 123 456. Párroco: D. Julián Sáez.',
  ])('%s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it("keeps a relative's number", () => {
    expect(phones('Mi hija Lucía salió del hospital ayer, su tel. es 968 123 456 por si quieren llamarla.')).toEqual(['968 123 456']);
  });
});
