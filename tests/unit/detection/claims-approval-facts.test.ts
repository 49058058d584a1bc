/**
 * An FDA approval stated as a fact (server/src/detection/claims: the packs' `approvalFact`, the
 * `approvalFact` veto in features.ts): the approval year in parentheses after "FDA" ("…
 * Epidiolex (2018)", "(Viagra, 1998; Cialis, 2003)", "(approved June 2018)"), or a class of
 * medicines with no owner ("FDA-approved medications", "medicamentos aprobados por la FDA").
 * A product's own approval stays a claim, dated or not ("Our laser is FDA approved (since 2019)",
 * "Our FDA-approved medications melt fat"). Every sentence here is written for these tests, not
 * taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const fda = (text: string, language: string): boolean => detectClaims(text, {}, language).some((h) => h.kind === 'fda-approval');

const FACTS: Array<[string, string]> = [
  ['en', 'The only FDA-approved drug for that rare seizure type is Fintepla (approved June 2020).'],
  ['en', 'Ask your doctor about FDA-approved medications for smoking cessation, such as varenicline.'],
  ['en', 'Two drugs are approved by the FDA for alopecia in men (Propecia, 1997; Rogaine, 1988).'],
  ['es', 'El único tratamiento aprobado por la FDA para esa enfermedad es Spinraza (2016).'],
  ['es', 'Hay medicamentos aprobados por la FDA para dejar de fumar; pregunte en la farmacia.'],
];

const CLAIMS: Array<[string, string]> = [
  ['en', 'Our red light panel is FDA approved (since 2019) and erases wrinkles.'],
  ['en', 'Our FDA-approved medications melt belly fat while you sleep.'],
  ['es', 'Nuestro parche está aprobado por la FDA (desde 2021) y quita el dolor de rodilla.'],
  ['es', 'Nuestros medicamentos aprobados por la FDA bajan 10 kilos sin dieta.'],
];

describe('an FDA approval stated as a fact', () => {
  it.each(FACTS)('(%s) a dated approval of named drugs or a class of medicines is information: %s', (language, text) => {
    expect(fda(text, language)).toBe(false);
  });
  it.each(CLAIMS)('(%s) a product of the writer stays a claim: %s', (language, text) => {
    expect(fda(text, language)).toBe(true);
  });
});
