/**
 * The PHI detector's text gate (server/src/detection/phi/gate.ts; README.md, "What the detectors
 * catch"): a short text that reads as an organisation's notice is cleared, a text about somebody
 * keeps its findings, and the gate never judges a long text, a text with the subject's own name
 * or a Social Security number. Sentences are written for these tests, not copied from
 * tests/corpus; `textGate: false` shows what the detector finds without the gate.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import { GATE_MAX_CHARS, PERSON_NAME_THRESHOLD, gateClears, gateFeatures, gateJudges } from '../../../server/src/detection/phi/gate';
import gateEn from '../../../server/src/detection/phi/gate.en.json';
import { score } from '../../../server/src/detection/claims/model';
import type { ClaimModel } from '../../../server/src/detection/claims/types';

const found = (text: string, language: string, textGate = true): string[] => scanPhiText(text, { language, textGate }).map((f) => `${f.kind}: ${f.match}`);

/** [language, an organisation's notice with a finding the gate clears] */
const NOTICES: Array<[string, string]> = [
  ['en', 'Staff reminder: per policy ADM-31 the lobby kiosk restarts nightly; escalate outages to the help desk at 402-555-0187.'],
  ['es', 'Inscripción abierta del 1 de noviembre al 15 de diciembre para todos los empleados.'],
  // Cleared since the gate was retrained on development parts a … dv (session 28): an outreach team's
  // shift tally, a programme's quarterly tally, an insurer's circular, a school's vaccination roll-up.
  ['en', 'Shift summary 3/22: 41 clients seen, 7 foot-care visits, 3 naloxone kits handed out. Outreach team: RN Castillo, driver Pete. Van back at base by 2300.'],
  ['en', "Quarterly tally: 96 school visits, 12 referrals to dental, 4 to audiology. Next coordinators' meeting on the 9th in the Riverside hub."],
  ['es', 'CIRCULAR N° 7: Se comunica a los afiliados que el reintegro por lentes aumenta a $60.000 desde el 1° de septiembre. Los trámites se hacen en la sede de calle Rivadavia de lunes a viernes.'],
  ['es', 'Consolidado semanal: 4to B 27/30 vacunados, 4to C 25/29 (3 ausentes). Próxima visita al colegio el 12 de junio para completar esquemas.'],
  // A notice signed by its staff (a person-name), judged since session 28 at PERSON_NAME_THRESHOLD.
  ['en', 'Fridge in the staff room gets cleared every Friday at 3pm. Label your food or it goes. Thanks — Kerry, Facilities'],
  ['es', 'Se repuso el almacén del tercer piso: gasas, jeringas y guantes. Anotar faltantes en la hoja de la puerta. — Ramiro'],
];

/** [language, a text about somebody: the gate keeps its findings] */
const ABOUT_SOMEBODY: Array<[string, string]> = [
  ['en', 'Please send my refill to 4100 Maple Ct, Omaha, NE 68127, my husband will sign.'],
  ['en', 'Text my husband Jake at 608-555-0144 if I am late.'],
  ['es', 'Mi mamá cumple años el 15 de diciembre y la operan el 2 de enero.'],
  // Named people in short posts nobody signs: judged at PERSON_NAME_THRESHOLD, and kept.
  ['en', 'Nadia passed away Sunday surrounded by family.'],
  ['en', 'Keep Wilma Jean Tate in your prayers, the surgery is tomorrow.'],
];

describe('the PHI text gate', () => {
  it.each(NOTICES)('%s: clears an organisation’s notice: %s', (language, text) => {
    expect(found(text, language, false).length).toBeGreaterThan(0);
    expect(found(text, language)).toEqual([]);
  });
  it.each(ABOUT_SOMEBODY)('%s: keeps the findings of a text about somebody: %s', (language, text) => {
    const ungated = found(text, language, false);
    expect(ungated.length).toBeGreaterThan(0);
    expect(found(text, language)).toEqual(ungated);
  });
  it('never judges a text longer than GATE_MAX_CHARS: a notice padded past it keeps its findings', () => {
    const [, notice] = NOTICES[0] as [string, string];
    const long = `${notice} ${'The kiosk shows the cafeteria menu and the visiting hours. '.repeat(Math.ceil(GATE_MAX_CHARS / 50))}`;
    expect(long.length).toBeGreaterThan(GATE_MAX_CHARS);
    expect(gateJudges(long, ['phone'], 'en')).toBe(false);
    expect(found(long, 'en')).toEqual(found(long, 'en', false));
    expect(found(long, 'en').length).toBeGreaterThan(0);
  });
  it('never judges a text with the subject’s own name or a Social Security number', () => {
    const [, notice] = NOTICES[0] as [string, string];
    expect(gateClears(notice, ['phone'], 'en')).toBe(true);
    expect(gateClears(notice, ['phone', 'subject-name'], 'en')).toBe(false);
    expect(gateClears(notice, ['phone', 'ssn'], 'en')).toBe(false);
    expect(gateClears(notice, ['phone', 'relative-name'], 'en')).toBe(false);
  });
  it('judges a text with a person’s name at the stricter PERSON_NAME_THRESHOLD', () => {
    // A post about a named neighbour reads enough like a notice to pass the language's threshold, not the stricter one.
    const text = 'Prayer list: please pray for Glenda Morrow, starting dialysis this week.';
    const read = score(gateEn as ClaimModel, gateFeatures(text, ['person-name']));
    expect(gateJudges(text, ['person-name'], 'en')).toBe(true);
    expect(read).toBeGreaterThanOrEqual(PERSON_NAME_THRESHOLD);
    expect(read).toBeLessThan((gateEn as ClaimModel).threshold);
    expect(gateClears(text, ['person-name'], 'en')).toBe(false);
    expect(found(text, 'en')).toContain('person-name: Glenda Morrow');
  });
  it('counts only the words outside the findings: an identifier spelled in words is no notice', () => {
    const text = 'resultados a lupe.sosa [arroba] prodigy [punto] net [punto] mx';
    const start = text.indexOf('lupe');
    const spans = [{ start, end: text.length }];
    expect(gateJudges(text, ['email'], 'es')).toBe(true);
    expect(gateJudges(text, ['email'], 'es', undefined, spans)).toBe(false);
    expect(found(text, 'es')).toEqual(found(text, 'es', false));
    expect(found(text, 'es')).toContain('email: lupe.sosa [arroba] prodigy [punto] net [punto] mx');
  });
  it('judges only languages it has weights for', () => {
    const notice = 'For outages of the lobby kiosk, call the help desk at 402-555-0187.';
    expect(gateJudges(notice, ['phone'], 'de')).toBe(false);
    expect(gateJudges(notice, ['phone'], 'en')).toBe(true);
  });
  it('never judges a text in the first person or a text of a few words', () => {
    expect(gateJudges('For outages of my lobby kiosk, call the help desk at 402-555-0187.', ['phone'], 'en')).toBe(false);
    expect(gateJudges('Para cualquier duda sobre la cita, llámenme al 402-555-0187 por la tarde.', ['phone'], 'es')).toBe(false);
    expect(gateJudges('Call 402-555-0187.', ['phone'], 'en')).toBe(false);
    // Spanish says "I" and "we" in the verb: "vivo", "voy", "nos mudamos" are the writer's own life
    expect(gateJudges('Vivo en la calle Morelos 215, en el centro, con la abuela.', ['street-address'], 'es')).toBe(false);
    expect(gateJudges('Voy de Bayamón a Río Piedras en guagua, cada semana, sin falta.', ['place', 'place'], 'es')).toBe(false);
  });
  it('judges towns alone: a notice that names its town is cleared, a trip told in the first person is kept', () => {
    const notice = 'Servicio de traslado desde Zapopan al hospital central cada hora, de lunes a viernes, para todos los visitantes.';
    expect(found(notice, 'es', false)).toEqual(['place: Zapopan']);
    expect(found(notice, 'es')).toEqual([]);
    expect(gateJudges('De Bayamón a Río Piedras en guagua, cada semana, sin falta.', ['place', 'place'], 'es')).toBe(true);
    expect(found('De Bayamón a Río Piedras en guagua, cada semana.', 'es')).toEqual([]);
    // Kept: the rules find Bayamón after "de"; the PHI reader (reader.ts) reads Río Piedras, a district of San Juan.
    expect(found('Voy de Bayamón a Río Piedras en guagua, cada semana, sin falta.', 'es')).toEqual(['place: Bayamón', 'place: Río Piedras']);
  });
  it('reads the words of the text and the kinds found', () => {
    expect(gateFeatures('Call the Help desk, 402-555-0187.', ['phone', 'phone'])).toEqual(['w:call', 'w:the', 'w:help', 'w:desk', 'k:phone']);
  });
});
