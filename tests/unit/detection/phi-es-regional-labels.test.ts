/**
 * Regional Spanish labels of identifiers (server/src/detection/phi/packs/es.ts, `idLabels`): Spain's
 * NHC, Colombia's HC, the bank keys CBU (Argentina) and CLABE (Mexico), Peru's "brevete",
 * Argentina's and Chile's "patente", a Spanish plate after "matrícula" by its shape ("5128 JKT"); a room after "Hab." is no record. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'es' }).map((f) => `${f.kind}: ${f.match}`);

describe('Spanish regional labels', () => {
  it.each([
    ['Ingresa mi madre a planta, NHC 4402918, alérgica al látex.', 'medical-record-number: 4402918'],
    ['La niña Salomé, HC 1033224871, sigue en observación, llamar al papá.', 'medical-record-number: 1033224871'],
    ['Para ayudar con la cirugía de mi hermano: CBU 0170099220000067797370 a nombre de mi cuñada.', 'account-number: 0170099220000067797370'],
    ['Depositen a la CLABE 002180700155442218 para los medicamentos de mi abuelo.', 'account-number: 002180700155442218'],
    ['Mi tío maneja con brevete B40218837 aunque ya casi no ve por la catarata.', 'certificate-license-number: B40218837'],
    ['El auto de mi viejo, patente KD 442 PL, quedó en el estacionamiento del hospital.', 'vehicle-identifier: KD 442'],
    ['La furgoneta de mi padre, matrícula 5128 JKT, lleva dos semanas en el parking de Urgencias.', 'vehicle-identifier: 5128 JKT'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });
  it('a room after "Hab." is no record number', () => {
    expect(found('Paciente de la Hab. 318-A con dieta blanda, sin visitas después de las 8.')).toEqual([]);
  });
});
