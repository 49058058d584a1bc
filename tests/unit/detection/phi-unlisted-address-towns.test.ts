/**
 * The district or town closing an address when the gazetteer lacks it (server/src/detection/phi/
 * places.ts, findAddressTowns and unlistedTown): capitalised words alone in the part after the
 * street, in a text about somebody. An organisation's own address, a label followed by its value
 * and "Jr." (a jirón in Peru, never a name) pass. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, language: string, kind: string): string[] =>
  scanPhiText(text, { language }).filter((f) => f.kind === kind).map((f) => f.match);

describe('an unlisted town after an address', () => {
  it.each([
    ['es', 'Para la entrega de la silla de mi mamá: Calle Los Laureles 455, Villa Los Aromos, frente al parque.', 'Villa Los Aromos'],
    ['en', 'Send the get-well cards for my dad to 14 Fernleigh Rd, Glenageary, he is home now.', 'Glenageary'],
  ])('%s: %s', (language, text, town) => {
    expect(found(text, language, 'place')).toEqual([town]);
  });
  it.each([
    ['es', 'Oficina: Av. de la Constitución 20, 41004 Sevilla. Atención de lunes a viernes de 9 a 14 h.'],
    ['es', 'Mi hija vive en Calle Real 12, Tel. 956 123 456, llámenla por la tarde.'],
  ])('%s: no place: %s', (language, text) => {
    expect(found(text, language, 'place')).toEqual([]);
  });
  it('"Jr." after a relation is a street type, not a name', () => {
    expect(found('Domicilio de mi padre: Jr. Huallaga 1187, cerca del mercado.', 'es', 'relative-name')).toEqual([]);
  });
});
