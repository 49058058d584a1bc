/**
 * An observance's date in a sentence about no one ("World Kidney Day is 13 March", "el 25 de
 * septiembre se conmemora el Día Mundial del Farmacéutico") is nobody's day: named-dates.ts,
 * OBSERVANCE. A date in the same sentence as a person stays. Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

// The text gate off: these notices are what it also clears, and the rule must hold without it.
const dates = (text: string, language: string): string[] => scanPhiText(text, { language, textGate: false }).filter((f) => f.kind === 'date').map((f) => f.match);

describe("an observance's date", () => {
  it.each([
    ['en', 'Stroke Awareness Month events start on 3 May in the main lobby; free blood pressure checks all afternoon.'],
    ['en', 'World Hand Hygiene Day falls on 5 May this year, so the ward is running a glove quiz.'],
    ['es', 'Este 14 de noviembre se conmemora el Día Mundial de la Diabetes: habrá toma de glucosa gratis en la explanada.'],
    ['es', 'Invitamos a la comunidad al acto del Día del Niño Hospitalizado, el viernes 18 de octubre, en el patio central.'],
  ])('%s: no date in "%s"', (language, text) => {
    expect(dates(text, language)).toEqual([]);
  });
  it.each([
    ['en', 'On World Kidney Day, 14 March, my brother finally got his transplant call.', '14 March'],
    ['es', 'El Día Mundial del Riñón, 14 de marzo, a mi hermano le hicieron el trasplante.', '14 de marzo'],
    ['es', 'El día de la operación, 3 de marzo, nadie me explicó nada.', '3 de marzo'],
  ])('%s: keeps the date in "%s"', (language, text, date) => {
    expect(dates(text, language)).toContain(date);
  });
});
