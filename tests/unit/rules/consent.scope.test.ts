import { consentScope } from '../../../server/src/rules/consent-scope';
import { consent, context, evaluate, markedType } from './fixtures';

const withPhoto = consent({ scope: { channels: ['website', 'social'], media: ['quote', 'photo'] } });
const paid = { involved: true, description: 'Free treatment in exchange for the story' };

describe('consent.scope', () => {
  it('skips when no consent is in effect', async () => {
    expect(await evaluate(consentScope, { channel: 'website' }, context())).toMatchObject({ status: 'skip' });
    expect(await evaluate(consentScope, { channel: 'website' }, context({ consents: [consent({ status: 'revoked' })] }))).toMatchObject({ status: 'skip' });
  });

  it('passes when one consent covers the channel (case-insensitively), the photo and the sponsorship', async () => {
    const entry = { channel: 'Social', photo: { id: 1 }, sponsored: true };
    const result = await evaluate(consentScope, entry, context({ consents: [consent({ ...withPhoto, remuneration: paid })] }));
    expect(result.status).toBe('pass');
  });

  it('fails on a channel outside every consent, pointing at the channel field', async () => {
    const result = await evaluate(consentScope, { channel: 'print' }, context({ consents: [consent()] }));
    expect(result.status).toBe('fail');
    expect(result.findings).toEqual([expect.objectContaining({ path: ['channel'], match: 'print', kind: 'channel' })]);
    expect(result.message).toContain('website');
  });

  it('fails when the entry names no channel but the type maps one', async () => {
    const result = await evaluate(consentScope, { channel: null }, context({ consents: [consent()] }));
    expect(result.findings).toEqual([expect.objectContaining({ path: ['channel'], match: '', kind: 'channel' })]);
  });

  it('does not ask for a channel when the type maps none', async () => {
    const contentType = markedType({ fields: {} });
    expect((await evaluate(consentScope, { channel: 'print' }, context({ contentType, consents: [consent()] }))).status).toBe('pass');
  });

  it('fails on a photo no consent covers, and on a sponsorship no consent discloses', async () => {
    const result = await evaluate(consentScope, { channel: 'website', photo: [{ id: 1 }], sponsored: true }, context({ consents: [consent()] }));
    expect(result.status).toBe('fail');
    expect(result.findings?.map((finding) => [finding.path.join('.'), finding.kind])).toEqual([
      ['photo', 'media'],
      ['sponsored', 'remuneration'],
    ]);
  });

  it('ignores an empty media field', async () => {
    expect((await evaluate(consentScope, { channel: 'website', photo: [] }, context({ consents: [consent()] }))).status).toBe('pass');
  });

  it('fails when the parts are covered only by different consents, naming what the closest lacks', async () => {
    const entry = { channel: 'website', photo: { id: 1 }, sponsored: true };
    const consents = [withPhoto, consent({ documentId: 'c2', remuneration: paid })];
    const result = await evaluate(consentScope, entry, context({ consents }));
    expect(result.status).toBe('fail');
    expect(result.findings).toHaveLength(1);
    expect(result.findings?.[0]).toMatchObject({ message: expect.stringMatching(/No single consent covers this use/) });
  });

  it('compares only consents in effect', async () => {
    const entry = { channel: 'website', photo: { id: 1 } };
    const result = await evaluate(consentScope, entry, context({ consents: [consent(), { ...withPhoto, documentId: 'c2', status: 'revoked' }] }));
    expect(result.findings?.map((finding) => finding.kind)).toEqual(['media']);
  });
});
