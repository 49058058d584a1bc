/**
 * A post's place in its thread or a slide's in its deck is no date (server/src/detection/phi/dates.ts,
 * partOfSeries): a number pair whose part is no greater than the whole, after one of the pack's
 * `partWords` ("Slide 3/7", "parte 2/9"), or opening the text before a word or an emoji in a text
 * that writes no other day and month. A log entry that opens with its date and names another
 * ("3/12 LVM re kit shipped 2/27"), a zero-padded pair and a pair after a date cue stay dates.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const dates = (text: string, language: string): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'date').map((f) => f.match);

describe("a part's place in its series", () => {
  it.each([
    ['es', '6/9 Lo que nadie te cuenta de la diálisis: la sed es lo peor, más que las agujas.'],
    ['es', '9/9 Gracias por leer hasta aquí 💛 compartan si les sirvió.'],
    ['es', 'Parte 2/7: cómo pedir la incapacidad en el IMSS sin morir en el intento.'],
    ['en', '4/11 The hardest part of rehab was the stairs, nobody warns you about stairs.'],
    ['en', 'Slide 3/8: Know the signs of a stroke and call 911 right away.'],
  ])('%s: not a date: %s', (language, text) => {
    expect(dates(text, language)).toEqual([]);
  });
  it.each([
    ['en', '3/12 LVM re colonoscopy prep kit shipped 2/27, not yet returned.', '3/12'],
    ['es', '03/09 Llamé a la hija de la paciente, no contestó.', '03/09'],
    ['es', 'Me operaron el 6/9 y ya camino sin bastón.', '6/9'],
  ])('%s: a date: %s', (language, text, date) => {
    expect(dates(text, language)).toContain(date);
  });
});
