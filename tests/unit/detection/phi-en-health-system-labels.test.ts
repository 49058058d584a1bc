/**
 * Labels of the English-speaking health systems and of claims (the English pack's idLabels; PHI
 * README, "Labelled identifiers"): New Zealand's NHI, Australia's DVA card, a workers'
 * compensation claim, the VA's file number, an insurance card written short, PhilHealth. A claim
 * or a waiver with a promotion code or a form code is no identifier. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const ids = (text: string): string[] =>
  scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'health-plan-number' || f.kind === 'medical-record-number').map((f) => f.match);

describe('labels of health systems and claims', () => {
  it.each([
    ['Her NHI is ABC1234 if the pharmacy asks, she is staying with me.', 'ABC1234'],
    ["Mum's DVA Gold card number is QX445521, please note it on the script.", 'QX445521'],
    ['My WSIB claim #44190283 covers the physio until March.', '44190283'],
    ["Dad's VA file number is 33 812 447 if the VSO needs it.", '33 812 447'],
    ['Ins card # W4471 20388 02 is in the glovebox, Mom.', 'W4471 20388 02'],
    ['His PhilHealth no. 02-551234987-1 is not updated.', '02-551234987-1'],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual([expected]);
  });
  it.each([
    'Claim your free gift with code SPRING2024 at checkout.',
    'Waiver form 2B-2024 must be signed by a parent before camp.',
  ])('no identifier: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
