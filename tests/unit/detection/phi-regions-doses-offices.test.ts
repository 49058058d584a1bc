/**
 * Three look-alikes of identifiers (server/src/detection/phi): a place after a region's prefix is
 * a first-level division ("Comunidad de Madrid", "Región de Murcia"; packs' `regionPrefixes`); a
 * dose after a label is no number ("store policy … Prilosec 20mg"; labels.ts); a speaker who
 * introduces themself on a business's behalf is staff ("this is Jordan from Lakeside Toyota";
 * names.ts), unless the words after the link name a town ("this is Maria from Tucson"); a town's
 * name between a given name and a credential is a surname ("Rachel Pierce, MD"; index.ts),
 * while "Frederick, MD" stays a town. Sentences
 * are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, language: string): string[] => scanPhiText(text, { language }).map((f) => `${f.kind}: ${f.match}`);

describe('regions, doses and speakers for a business', () => {
  it.each([
    ['es', 'Envío gratuito de andadores a toda la Comunidad de Madrid en 48 horas.'],
    ['es', 'La vacuna de la gripe es gratuita para mayores de 65 en la Región de Murcia.'],
    ['en', 'Items can’t be swapped per store policy, so I skipped the Lipitor 40mg. Walgreens had it though.'],
    ['en', 'Hi, this is Renata from Brookside Orthopedics, calling to confirm your appointment time for next week.'],
    ['es', 'Buenas tardes, soy Yadira de recepción, le confirmamos su cita del jueves con la nutrióloga.'],
    ['en', 'Genetic counselor: Megan Walsh, MS, CGC. Results in about three weeks.'],
    ['en', 'Attending: Rachel Pierce, MD. Discharge planning meets at 10.'],
  ])('%s: nothing to report: %s', (language, text) => {
    expect(found(text, language)).toEqual([]);
  });
  it.each([
    ['es', 'Mi madre vive sola en Getafe desde que murió mi padre.', 'place: Getafe'],
    ['en', 'Hi, this is Maria from Tucson, my dad had his surgery on 3/14.', 'person-name: Maria'],
    ['es', 'Hola, soy Marisol de Monterrey, mi mamá está en el hospital desde el 3 de mayo.', 'person-name: Marisol'],
    ['en', 'My grandma moved to Frederick, MD after her stroke.', 'place: Frederick'],
    ['en', 'My policy number is 88214402, the card is in my wallet.', 'health-plan-number: policy number is 88214402'],
  ])('%s: still reported: %s', (language, text, expected) => {
    expect(found(text, language)).toContain(expected);
  });
});
