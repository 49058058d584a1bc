/**
 * Names listed after somebody's relation and "of" are relatives, the lexicons' or not
 * (server/src/detection/phi/names.ts, findRelativeNames, NAME_LIST_AFTER): "grandmother of Anaru,
 * Kahu and Ngaio". A town before a state's name stays a town ("a neighbour of Tama, Iowa").
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const relatives = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'relative-name').map((f) => f.match);

describe('a list after a relation and "of"', () => {
  it('takes every name of the list', () => {
    expect(relatives('PARATA, Huia. Peacefully at home, aged 78. Cherished grandmother of Anaru, Kahu and Ngaio.')).toEqual(['Anaru', 'Kahu', 'Ngaio']);
  });

  it('leaves a town before its state', () => {
    expect(relatives('The donor was a neighbor of Tama, Iowa families for decades.')).toEqual([]);
  });
});
