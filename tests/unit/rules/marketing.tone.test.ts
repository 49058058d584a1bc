import { resolveConfig } from '../../../server/src/config/resolve';
import { marketingTone } from '../../../server/src/rules/marketing-tone';
import { context, evaluate } from './fixtures';

const PUSHY = 'The best, most amazing, revolutionary clinic! Act now, limited time only!';

describe('marketing.tone', () => {
  it('passes measured text and reports the density it measured', async () => {
    const result = await evaluate(marketingTone, {}, context({ texts: ['The team explained each step of the treatment and answered my questions.'] }));
    expect(result).toMatchObject({ status: 'pass', details: { density: 0, threshold: 3 } });
    expect(result.details?.words).toBeGreaterThan(5);
  });

  it('fails text over the threshold, with a finding per superlative and pressure phrase', async () => {
    const result = await evaluate(marketingTone, {}, context({ texts: [PUSHY] }));
    expect(result.status).toBe('fail');
    expect(result.findings?.map((finding) => finding.match)).toEqual(expect.arrayContaining(['best', 'amazing', 'revolutionary', 'Act now', 'limited time']));
    expect(result.details?.density).toBeGreaterThan(3);
  });

  it('uses the configured threshold', async () => {
    const lenient = await evaluate(marketingTone, {}, context({ texts: [PUSHY], config: resolveConfig({ toneThreshold: 1000 }) }));
    expect(lenient).toMatchObject({ status: 'pass', details: { threshold: 1000 } });
  });
});
