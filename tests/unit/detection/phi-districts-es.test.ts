/**
 * Spanish district words (server/src/detection/phi/packs/es.ts, `districtWords`): a sector, a
 * población, an asentamiento, a Peruvian anexo or a distrito names a neighbourhood as a colonia
 * does ("sector La Rambla", "población La Legua", "distrito de Santo Tomás"; "distrito 5" and
 * "Distrito Federal" do not), and the name stops where a sentence ends ("…sector La Rambla. Tel."),
 * not at an abbreviation's period ("colonia Gral. Anaya"). Sentences are written for these tests,
 * not copied from tests/corpus.
 *
 * The rules are tested without the text gate (gate.ts): since the gate was retrained on the
 * development parts of 45 writers (session 24), it reads "Se mudaron al asentamiento Nueva
 * Esperanza después del huracán." (a short sentence about nobody named, in no first person) as a
 * notice and clears it, a known miss the README lists.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string): string[] => scanPhiText(text, { language: 'es', textGate: false }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('Spanish district words', () => {
  it.each(['La asociación de vecinos del distrito 5 pide más horario en el centro de salud.', 'Vivió en el Distrito Federal hasta que se jubiló.'])('no neighbourhood: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
  it.each([
    ['Mi abuela vive sola en el sector Los Mangos. Tel. de su hija 787-555-0190.', ['Los Mangos']],
    ['Llevamos la silla a la población La Legua, casa de la señora Inés.', ['La Legua']],
    ['Se mudaron al asentamiento Nueva Esperanza después del huracán.', ['Nueva Esperanza']],
    ['Mi tía vive en la colonia Gral. Anaya, cerca del mercado.', ['Gral. Anaya']],
    ['Buscamos a la familia de don Eleuterio, del anexo Chuquibamba, distrito de Santo Tomás.', ['Chuquibamba', 'Santo Tomás']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
