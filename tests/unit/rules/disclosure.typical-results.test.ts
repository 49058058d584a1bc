import { disclosureTypicalResults } from '../../../server/src/rules/disclosure-typical-results';
import { context, evaluate, markedType } from './fixtures';

describe('disclosure.typical-results', () => {
  it('applies to testimonials and endorsements, not to health content', () => {
    expect(disclosureTypicalResults.appliesTo('testimonial', markedType())).toBe(true);
    expect(disclosureTypicalResults.appliesTo('endorsement', markedType({ profile: 'endorsement' }))).toBe(true);
    expect(disclosureTypicalResults.appliesTo('health-content', markedType({ profile: 'health-content' }))).toBe(false);
  });

  it('passes a text without outcome claims', async () => {
    expect((await evaluate(disclosureTypicalResults, {}, context({ texts: ['The staff were kind and the rooms were clean.'] }))).status).toBe('pass');
  });

  it('passes outcome claims that carry a typical-results statement in any field', async () => {
    const result = await evaluate(disclosureTypicalResults, {}, context({ texts: ['I lost 40 pounds in a year', 'Individual results vary'] }));
    expect(result.status).toBe('pass');
    expect(result.message).toContain('Individual results vary');
  });

  it('fails outcome claims without one, with a finding per claim', async () => {
    const result = await evaluate(disclosureTypicalResults, {}, context({ texts: ['I lost 40 pounds in a year', 'and my pain is gone!'] }));
    expect(result.status).toBe('fail');
    expect(result.findings?.map((finding) => [finding.path.join('.'), finding.match])).toEqual([
      ['body.0', 'lost 40 pounds'],
      ['body.1', 'my pain is gone'],
    ]);
  });
});
