/**
 * The PHI detector's name judge (server/src/detection/phi/name-judge.ts; README.md, "What the
 * detectors catch"): a name with no relation word before it that reads as a staff member's in a
 * notice is dropped, a private person's name in a story or with their own number stays, and the
 * judge never touches a relative's name. Sentences are written for these tests, not copied from
 * tests/corpus; `nameJudge: false` shows what the detector finds without the judge.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import { judgeNames, nameFeatures, nameModel } from '../../../server/src/detection/phi/name-judge';

const found = (text: string, language: string, nameJudge = true): string[] =>
  scanPhiText(text, { language, nameJudge, textGate: false }).map((f) => `${f.kind}: ${f.match}`);

/** [language, a notice that names a staff member, the name] */
const STAFF: Array<[string, string, string]> = [
  ['en', 'Hi Ms. Whitcomb, just confirming the wheelchair van for Thursday’s field trip, pickup at 8:40 by the gym doors.', 'Whitcomb'],
  ['es', 'Horario de farmacia: lunes a sábado de 8 a 8. — Sra. Montiel, encargada de turno', 'Montiel'],
  ['es', 'Taller de cocina saludable el jueves a las 5 en el salón parroquial. Cupo limitado. Inscripciones con la Sra. Quintero.', 'Quintero'],
  ['es', 'Vacunación contra la influenza gratis el sábado en el centro comunitario. Encargada: Sra. Belmonte.', 'Belmonte'],
];

/** [language, a text about a private person, the name] */
const PRIVATE: Array<[string, string, string]> = [
  ['en', 'If you want the recliner, call Dana 505 555 0195 after six, it helped her a lot after the hip surgery.', 'Dana'],
  ['en', 'Patient Darnell Brooks was admitted on 3/14 with chest pain and discharged two days later.', 'Darnell Brooks'],
  ['es', 'Si quieren la silla de ruedas, llamen a Maricela al 559 555 0137, a su papá ya no le hace falta.', 'Maricela'],
];

describe('the PHI name judge', () => {
  it.each(STAFF)('%s: drops a staff member’s name in a notice: %s', (language, text, name) => {
    expect(found(text, language, false)).toContain(`person-name: ${name}`);
    expect(found(text, language)).not.toContain(`person-name: ${name}`);
  });
  it.each(PRIVATE)('%s: keeps a private person’s name: %s', (language, text, name) => {
    expect(found(text, language, false)).toContain(`person-name: ${name}`);
    expect(found(text, language)).toEqual(found(text, language, false));
  });
  it('never judges a relative’s name, whatever the text around it', () => {
    const text = 'Mi vecina Dolores me llevó a la quimio cada semana, y su nieto Brayan me hacía reír en la sala de espera.';
    expect(found(text, 'es')).toEqual(['relative-name: Dolores', 'relative-name: Brayan']);
    const relative = { kind: 'relative-name', start: 0, end: 5 };
    const model = { language: 'en', threshold: 0.5, bias: -20, weights: {}, trainedOn: 'a judge that drops every name' };
    expect(judgeNames('Nadia, Coordinator', [relative], 'en', model)).toEqual([relative]);
    expect(judgeNames('Nadia, Coordinator', [{ ...relative, kind: 'person-name' }], 'en', model)).toEqual([]);
  });
  it('judges a name written twice by its most personal occurrence: both stay or both go', () => {
    const text = 'Volunteer lead: Imogen. Imogen walked me to my car after my first chemo.';
    const names = [
      { kind: 'person-name', start: 16, end: 22 },
      { kind: 'person-name', start: 24, end: 30 },
    ];
    // The first occurrence alone would go (after a colon), the second alone would stay (a story's verb).
    const model = { language: 'en', threshold: 0.5, bias: -1, weights: { 'before::': -5, 'r1:walked': 5 }, trainedOn: 'test' };
    expect(judgeNames(text, names.slice(0, 1), 'en', model)).toEqual([]);
    expect(judgeNames(text, names, 'en', model)).toEqual(names);
    expect(judgeNames(text, names, 'en', { ...model, weights: { 'before::': -5 } })).toEqual([]);
  });
  it('judges only languages it has weights for', () => {
    expect(nameModel('en')).toBeDefined();
    expect(nameModel('es')).toBeDefined();
    expect(nameModel('de')).toBeUndefined();
  });
  it('reads the words each side, the marks around the name, its length and the text’s voice', () => {
    const text = 'Questions? Coordinator: Ana Ruiz, ext. 4410';
    const start = text.indexOf('Ana');
    expect(nameFeatures(text, start, start + 'Ana Ruiz'.length, ['person-name', 'phone'], false).sort()).toEqual(
      ['after:,', 'before::', 'k:phone', 'l1:coordinator', 'l2:questions', 'r1:ext', 'w:coordinator', 'w:ext', 'w:questions', 'words:2'].sort()
    );
    // A name opening a sentence or after a word gets no mark: a story's names are there as often as anybody's.
    expect(nameFeatures('my friend Ana', 10, 13, [], true)).toEqual(['w:friend', 'l1:friend', 'w:my', 'l2:my', 'after:end', 'words:1', 'first-person']);
    expect(nameFeatures('Flu season. Ana tested positive', 12, 15, [], false)).toEqual(['w:season', 'l1:season', 'w:flu', 'l2:flu', 'w:tested', 'r1:tested', 'w:positive', 'r2:positive', 'words:1']);
  });
});
