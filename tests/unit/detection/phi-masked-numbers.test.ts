/**
 * The last digits of a masked number after a label are an identifier (server/src/detection/phi/labels.ts,
 * MASKED_MARKER): "account ending in 6620", "cuenta con terminación 4471"; a year after the same
 * words is not ("policy year ending in 2025"). Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, language: string, textGate = true): string[] => scanPhiText(text, { language, textGate }).map((f) => `${f.kind}: ${f.match}`);

describe('masked numbers after a label', () => {
  it.each([
    ['en', 'We are calling about the hospital account ending in 5820 for your father’s ambulance ride.', 'account-number: 5820'],
    ['en', 'Please confirm the acct ending 1193 before we release the records.', 'account-number: 1193'],
    ['es', 'Le llamamos por la cuenta con terminación 7715 de su mamá, quedó un saldo del ultrasonido.', 'account-number: 7715'],
    ['es', 'La cuenta terminada en 0932 es la de mi papá, ahí cobran la diálisis.', 'account-number: 0932'],
  ])('%s: %s', (language, text, expected) => {
    // The rules alone (textGate: false): the text gate (gate.ts) may clear a short impersonal text; phi-text-gate.test.ts tests it.
    expect(found(text, language, false)).toContain(expected);
  });
  it.each([
    ['en', 'Your policy year ending in 2025 renews automatically unless you call us.'],
    ['en', 'The fiscal year ending 2024 closed with record donations to the cancer center.'],
  ])('%s: a year is no masked number: %s', (language, text) => {
    expect(found(text, language)).toEqual([]);
  });
});
