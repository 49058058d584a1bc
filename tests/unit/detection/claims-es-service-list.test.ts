/**
 * A provider's list of what it treats (the Spanish pack's `serviceList`; docs/architecture.md,
 * "Context that speaks against a claim") informs like the supplement disclaimer, unless `altCare`
 * names an alternative provider or method in its sentence or the three either side: then the list
 * is the promise to treat them all. The grammar alone is read (reader: null). Every sentence here
 * is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('a list of what an alternative provider treats is a cure-all', () => {
  it.each([
    'Centro naturista El Roble: tratamos diabetes, gastritis, várices, colitis y hasta tumores.',
    'Consultorio de biomagnetismo y limpias. Tratamos cáncer, diabetes, artritis, colitis y VIH.',
    'Tratamos asma, autismo, lupus, acné y párkinson con el mismo protocolo.',
    'Tratamos demencia, insomnio, artrosis, colitis y asma sin necesidad de medicamentos.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('cure-all');
  });
});

describe('a clinic’s list of what it treats stays information', () => {
  it.each([
    'Atendemos diabetes, hipertensión, asma, colitis y artritis en un mismo lugar y en español.',
    'En la Clínica del Valle tratamos diabetes, hipertensión, asma, colitis y artritis.',
    'Servicio de medicina interna. Tratamos lupus, diabetes, asma, colitis y artritis con su médico de cabecera.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
