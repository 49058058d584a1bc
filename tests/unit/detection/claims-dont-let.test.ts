/**
 * Care kept from someone by advice (en.ts and es.ts, repl.dontLet; es.ts, repl.dontLetGive): "don't
 * let them cut you", "no dejes que te operen", "no dejen que les hagan injerto". Sentences are
 * written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);
const rules = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.rule);

describe('surgery or care kept from someone', () => {
  it.each([
    ['en', "Don't let them cut you, this salve dissolves the lump."],
    ['en', 'Doh let them cut she, the bush tea go shrink it.'],
    ['es', 'No dejes que te operen de la vesícula, con este té se disuelven los cálculos.'],
    ['es', 'La vitamina C regenera las encías, no dejen que les hagan injerto.'],
  ])('%s: %s', (language, text) => {
    expect(rules(text, language).some((r) => r.startsWith('repl.dontLet'))).toBe(true);
  });

  it.each([
    ['en', "Don't let them cut the cake before I arrive."],
    ['en', 'Never let anyone talk you out of your follow-up scans.'],
    ['es', 'No dejen que les pongan nombres feos a los niños.'],
    ['es', 'No dejes que te cobren de más en la farmacia.'],
    ['en', "Don't let them cut you without a second opinion."],
    ['es', 'No deje que le pongan la insulina sin que le expliquen cómo usarla.'],
  ])('not care: %s: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
