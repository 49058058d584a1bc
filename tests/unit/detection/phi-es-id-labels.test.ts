/**
 * More labels of national identity and health-card numbers in the Spanish pack: Spain's NUSS and
 * NAF, Guatemala's DPI and CUI, Argentina's CUIL, Paraguay's CIN, Colombia's NUIP, Honduras'
 * "identidad" (as the SSN's counterpart); Spain's regional health cards (CIP, NUHSA, TSI, "tarjeta
 * sanitaria") and Bolivia's CNS (health-plan numbers). Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'es' }).map((f) => `${f.kind}: ${f.match}`);

describe('identity and health-card labels', () => {
  it.each([
    ['Mi suegro se inscribió con su DPI 3012 45678 0108 para la cirugía de cataratas.', 'ssn: 3012 45678 0108'],
    ['Para el reintegro de la prótesis de mi mamá mandé su CUIL 27-18456321-4 por mail.', 'ssn: 27-18456321-4'],
    ['A mi hijo le pidieron la identidad 0801-2015-03317 para vacunarlo en el centro de salud.', 'ssn: 0801-2015-03317'],
    ['Mi abuela va a rehabilitación con su NUHSA AN0398765412 y nos dan cita cada martes.', 'health-plan-number: AN0398765412'],
    ['Le operaron la cadera a mi papá en el Obrero; su matrícula CNS es 52-0915-RTV por si preguntan.', 'health-plan-number: 52-0915-RTV'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});
