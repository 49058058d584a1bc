/**
 * Staff a sentence names with a naming phrase (server/src/detection/phi/names.ts, professionBefore):
 * "la fisioterapeuta se llama Begoña", "our night nurse … her name is Priya" name staff, not a
 * patient. A relation of the writer's before the profession keeps the name ("mi mamá, que es
 * enfermera, se llama Rosa"). Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string, language: string): string[] =>
  scanPhiText(text, { language }).filter((f) => f.kind === 'person-name' || f.kind === 'relative-name').map((f) => f.match);

describe('staff named by a naming phrase', () => {
  it.each([
    ['es', 'En la mutua la fisioterapeuta se llama Begoña y es un amor, me quitó la contractura en dos sesiones.'],
    ['es', 'Parto rápido y sin epidural. La partera se llamaba Xóchitl, nunca la voy a olvidar.'],
    ['en', 'Our night nurse was lovely, her name is Priya, she sang to my dad.'],
  ])('%s: %s', (language, text) => {
    expect(names(text, language)).toEqual([]);
  });

  it('keeps a relative who works in the profession', () => {
    expect(names('Mi mamá, que es enfermera, se llama Rosa y la operaron el 3 de mayo.', 'es')).toEqual(['Rosa']);
  });
});
