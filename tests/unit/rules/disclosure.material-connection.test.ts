import { disclosureMaterialConnection } from '../../../server/src/rules/disclosure-material-connection';
import { context, evaluate, markedType } from './fixtures';

describe('disclosure.material-connection', () => {
  it('skips a type without a sponsored field', async () => {
    const result = await evaluate(disclosureMaterialConnection, { sponsored: true }, context({ contentType: markedType({ fields: {} }) }));
    expect(result.status).toBe('skip');
  });

  it('passes an entry that is not sponsored, whatever its text', async () => {
    expect((await evaluate(disclosureMaterialConnection, { sponsored: false }, context({ texts: ['Loved it'] }))).status).toBe('pass');
    // Only the boolean true counts as sponsored.
    expect((await evaluate(disclosureMaterialConnection, { sponsored: 'yes' }, context({ texts: ['Loved it'] }))).status).toBe('pass');
  });

  it('passes a sponsored entry that carries a disclosure, saying where', async () => {
    const result = await evaluate(disclosureMaterialConnection, { sponsored: true }, context({ texts: ['My story', 'Thanks to Acme! #ad'] }));
    expect(result).toMatchObject({ status: 'pass', details: { path: ['body', '1'] } });
    expect(result.message).toContain('#ad');
  });

  it('fails a sponsored entry without a disclosure, pointing at the sponsored field', async () => {
    const result = await evaluate(disclosureMaterialConnection, { sponsored: true }, context({ texts: ['This post is not sponsored', 'I received great care'] }));
    expect(result.status).toBe('fail');
    expect(result.findings).toEqual([expect.objectContaining({ path: ['sponsored'], kind: 'undisclosed' })]);
  });

  it('reads the field the type maps as sponsored', async () => {
    const contentType = markedType({ fields: { sponsored: 'isPaid' } });
    const result = await evaluate(disclosureMaterialConnection, { isPaid: true }, context({ contentType, texts: ['Great serum'] }));
    expect(result.findings?.[0].path).toEqual(['isPaid']);
  });
});
