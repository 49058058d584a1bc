/**
 * The drugs of psychiatry and sleep by class ("benzos", "antipsychotics", "estabilizadores del
 * ánimo") and the checks and supplements of pregnancy ("ultrasounds", "ecografías", "ácido
 * fólico") are proven treatment (the packs' TREATMENTS): leaving them for a remedy is a treatment
 * replacement; a taper the prescriber leads is not. "Will not need" is read as "won't need" is. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('psychiatric drugs and pregnancy care as proven treatment', () => {
  it.each([
    ['en', 'Throw the benzos out and sip our chamomile blend before bed, that is all you need.'],
    ['en', 'My cousin quit her antipsychotics cold turkey for a raw-food cleanse and feels great.'],
    ['en', "With the doppler app you won't need ultrasounds anymore, it hears everything."],
    // the uncontracted "will not need" reads as "won't need" does
    ['en', 'Sip this tonic every morning and you will not need your inhaler anymore.'],
    ['es', 'Tira las benzos a la basura y respira con mi método de cuatro tiempos.'],
    ['es', 'Ya no tomo la quetiapina, con las gotas florales duermo como bebé.'],
    ['es', 'Con este té ya no necesitas el ácido fólico ni las vitaminas prenatales.'],
  ])('%s: a replacement: %s', (language, text) => {
    expect(kinds(text, language)).toContain('treatment-replacement');
  });
  it.each([
    ['en', 'Never stop benzodiazepines on your own; your prescriber will plan a slow taper.'],
    ['es', 'No suspenda las benzodiacepinas por su cuenta: su psiquiatra le indicará cómo bajar la dosis.'],
  ])('%s: not a claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
