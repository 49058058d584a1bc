/**
 * A capitalised word right before the writer's object pronoun is a verb where objects follow
 * verbs (the English pack's `objectsAfterVerb`; server/src/detection/phi/people.ts, actsOnWriter):
 * "Ring us for…", "Bill us later" name nobody. "Keisha drove us…" still names a person, and so
 * does a Spanish name before its clitic ("Rosa nos llevó…"). Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

// The rules alone (textGate: false): the text gate (gate.ts) may clear a short impersonal text; phi-text-gate.test.ts tests it.
const names = (text: string, language = 'en'): string[] =>
  scanPhiText(text, { language, textGate: false }).filter((f) => f.kind === 'person-name' || f.kind === 'relative-name').map((f) => f.match);

describe('a verb before the writer as its object', () => {
  it.each(['The renal line is staffed every night. Ring us if your fistula stops buzzing.', 'The loan chair is free this month. Bill us later for the cushion.'])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps a name acting on the writer', () => {
    expect(names('Keisha drove us to dialysis every Tuesday last winter.')).toEqual(['Keisha']);
  });

  it('keeps a Spanish name before its clitic', () => {
    expect(names('Rosa nos llevó a la diálisis todos los martes del invierno.', 'es')).toEqual(['Rosa']);
  });
});
