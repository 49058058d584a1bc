/**
 * A speaker who introduces themselves with a staff role in apposition is staff, whichever rule or
 * the PHI reader found the name (server/src/detection/phi/names.ts, dropSpeakingStaff): "Hi, I'm
 * Colette Ward, LMFT", "this is Darius, your intake coordinator", "soy Maite, la enfermera del
 * turno de tarde". The writer's own trade ("a nurse myself") or a relation keeps the name.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string, language: 'en' | 'es'): string[] =>
  scanPhiText(text, { language }).filter((f) => f.kind === 'person-name' || f.kind === 'relative-name').map((f) => f.match);

describe('staff who introduce themselves', () => {
  it.each([
    ["Hello, it's Colette Ward, LMFT, following up on the intake form you started on Tuesday.", 'en'],
    ['Hi, this is Darius, your intake coordinator 👋 your first group session is on the calendar.', 'en'],
    ["Hi there, I'm Imogen Tully, discharge planner on 4 West. I'll call again after lunch.", 'en'],
    ['Buenos días, soy Maite, la enfermera del turno de tarde. Mañana no hay curas hasta las 10.', 'es'],
    ['Hola, soy Rogelio Téllez, coordinador del programa de diálisis, le escribo por lo del traslado.', 'es'],
  ] as const)('%s', (text, language) => {
    expect(names(text, language)).toEqual([]);
  });

  it.each([
    ["Hi, I'm Colette Ward, a nurse myself, and my knee surgery went better than I feared.", 'en', 'Colette'],
    ['Hola, soy Maite, mamá de Iker, y escribo para dar las gracias al equipo.', 'es', 'Maite'],
  ] as const)('keeps the writer: %s', (text, language, name) => {
    expect(names(text, language).join(' ')).toContain(name);
  });
});
