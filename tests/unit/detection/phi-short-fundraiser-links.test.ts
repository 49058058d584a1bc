/**
 * GoFundMe's and PayPal's short links name one person's fundraiser or account, as gofundme.com's
 * paths do (server/src/detection/phi/contact.ts, PROFILE_HOSTS). Sentences are written for these
 * tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const urls = (text: string): string[] => scanPhiText(text, { language: 'en' }).filter((f) => f.kind === 'personal-url').map((f) => f.match);

describe('short fundraiser links', () => {
  it.each([
    ["Dad's rehab isn't covered past week 3, so my cousin set up gofund.me/4d81ab27 for him.", 'gofund.me/4d81ab27'],
    ['If you want to chip in for the wheelchair ramp, my account is paypal.me/marisolramp thank you!', 'paypal.me/marisolramp'],
  ])('%s', (text, expected) => {
    expect(urls(text)).toEqual([expected]);
  });
});
