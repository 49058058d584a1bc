/**
 * A person's pages on more hosting platforms (server/src/detection/phi/shapes.ts, HOSTED_SUFFIXES
 * and Blogger's country domains; contact.ts, PROFILE_HOSTS): subdomains of micro.blog,
 * neocities.org, tistory.com, gofundme.com, "….blogspot.co.uk", and the paths of meal trains and
 * gift registries for one family. Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const urls = (text: string, language = 'en'): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'personal-url').map((f) => f.match);

describe("a person's page on a hosting platform", () => {
  it.each([
    ['A year after my stroke I keep notes on rehab at slowsteadyjim.micro.blog for anyone starting out.', 'slowsteadyjim.micro.blog'],
    ['My sister writes about her dialysis days at kidneydiary.neocities.org, she loves comments.', 'kidneydiary.neocities.org'],
    ['Mum set up a page for my brother at team-owen-heals.gofundme.com after the crash.', 'team-owen-heals.gofundme.com'],
    ['Our son came home from the NICU on Sunday. Sign up for a dinner: mealtrain.com/trains/baby-theo-home', 'mealtrain.com/trains/baby-theo-home'],
  ])('%s', (text, url) => {
    expect(urls(text)).toEqual([url]);
  });

  it("finds a blog on Blogger's country domain", () => {
    expect(urls('My husband Gareth passed on 4th May; his story is on gareth-and-me.blogspot.co.uk').length).toBe(1);
  });
});
