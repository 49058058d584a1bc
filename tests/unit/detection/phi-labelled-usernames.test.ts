/**
 * A username after its label (server/src/detection/phi/contact.ts, findLabelledUsernames):
 * "Author: recovering_rita", "usuario 'abuelita_2020'", a camel-cased name in quotes ("jugador
 * 'ElTioPaco'"); a plain name, a number or a brand out of quotes is none. Sentences are written
 * for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

// The rules alone: phi-text-gate.test.ts tests the gate.
const handles = (text: string, language: string): string[] => scanPhiText(text, { language, textGate: false }).filter((f) => f.kind === 'social-handle').map((f) => f.match);

describe('usernames after a label', () => {
  it.each([
    ['en', 'Flagged comment. Author: recovering_rita — she posted her surgery date and her hospital.', 'recovering_rita'],
    ['es', 'Se bloqueó al usuario ‘abuelita_2020’ por publicar la receta de su nieto.', 'abuelita_2020'],
    ['es', 'Reporte: el jugador "ElTioPaco" dijo en el chat que su hijo está en quimio.', 'ElTioPaco'],
  ])('%s: %s', (language, text, handle) => {
    expect(handles(text, language)).toEqual([handle]);
  });
  it.each([
    ['en', 'The user Maria asked about her refill at the counter.'],
    ['es', 'Pagamos el peaje con la cuenta FasTrak de la camioneta.'],
    ['en', 'Account 4471.22 was closed last spring.'],
  ])('%s: no username: %s', (language, text) => {
    expect(handles(text, language)).toEqual([]);
  });
});
