/**
 * A policy's, a programme's or a product's date in a sentence about no one is nobody's
 * (server/src/detection/phi/named-dates.ts, POLICY_BEFORE and LOT_BEFORE): "withdrawn from sale in
 * March 2021", "prices from 1 October 2025", a blood unit's or an AED pad's expiry. A patient's
 * approval or sick leave, and a person's card that expires, keep their dates. Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const dates = (text: string, language: 'en' | 'es' = 'en', textGate = true): string[] => scanPhiText(text, { language, textGate }).filter((f) => f.kind === 'date').map((f) => f.match);

describe('dates of policies and products', () => {
  it.each([
    'Ranitidine was withdrawn from sale worldwide in March 2021 after NDMA was found; famotidine is the usual alternative.',
    'Prescription prices from 1 October 2025: £9.90 per item. Prepayment certificates save money if you need more than three items a month.',
    'Platelet label: apheresis unit, irradiated, expiry 22/11/2025. Issue to theatre 3 only.',
  ])('%s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ["My husband's appeal was approved on March 3, 2024 after two denials.", 'March 3, 2024', 'en'],
    ['Incapacidad temporal: días autorizados 7, a partir del 14/05/2025. Dx: J06.9.', '14/05/2025', 'es'],
  ] as const)('keeps: %s', (text, date, language) => {
    // The rules alone (textGate: false): the text gate (gate.ts) may clear a short impersonal text; phi-text-gate.test.ts tests it.
    expect(dates(text, language, false)).toContain(date);
  });
});
