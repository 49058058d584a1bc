/**
 * claims.evidence: evidence means a citation (README, "Checklist": claims.evidence). A DOI, a
 * PMID or a URL on a recognised evidence source or a configured `evidenceDomains` entry, in the
 * references field or in the claim's paragraph; the clinic's own domains never count.
 */
import config from '../../../server/src/config';
import { resolveConfig } from '../../../server/src/config/resolve';
import { isEvidenceReference, paragraphOf } from '../../../server/src/detection/claims/evidence';
import { claimsEvidence } from '../../../server/src/rules/claims-evidence';
import { claimsProhibited } from '../../../server/src/rules/claims-prohibited';
import type { RuleContext, RuleResult } from '../../../server/src/rules/types';

describe('isEvidenceReference', () => {
  it.each([
    '10.1056/NEJMoa2034577',
    'PMID: 12345678',
    'PMC1234567',
    'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    'https://doi.org/10.1001/jama.2020.1',
    'https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD000001',
    'https://www.fda.gov/news-events/press-announcements/x',
    'https://www.cdc.gov/vaccines/',
    'https://www.nice.org.uk/guidance/ng1',
    'https://www.who.int/news-room/fact-sheets',
    'https://www.gov.uk/government/publications/x',
    'https://jamanetwork.com/journals/jama/fullarticle/1',
    'www.thelancet.com/journals/lancet/article/x',
  ])('accepts %j', (ref) => expect(isEvidenceReference(ref)).toBe(true));

  it.each([
    'https://www.ourclinic.com/book',
    'www.ourclinic.com',
    'https://facebook.com/ourclinic',
    'https://nejm.org.evil.example/x',
    'https://notgov.example/gov',
    'ftp://ftp.ncbi.nlm.nih.gov/x',
    'javascript:alert(1)',
  ])('refuses %j', (ref) => expect(isEvidenceReference(ref)).toBe(false));

  it('counts configured evidence domains and their subdomains', () => {
    const policy = { evidenceDomains: ['https://Journals.Example.org/', '*.registry.example'] };
    expect(isEvidenceReference('https://journals.example.org/a/1', policy)).toBe(true);
    expect(isEvidenceReference('https://sub.journals.example.org/a/1', policy)).toBe(true);
    expect(isEvidenceReference('https://trials.registry.example/x', policy)).toBe(true);
    expect(isEvidenceReference('https://example.org/a', policy)).toBe(false);
  });

  it("never counts the clinic's own domains, even when they are also listed as evidence", () => {
    const policy = { evidenceDomains: ['ourclinic.com'], ownDomains: ['ourclinic.com'] };
    expect(isEvidenceReference('https://www.ourclinic.com/study', policy)).toBe(false);
    expect(isEvidenceReference('https://research.ourclinic.com/study', policy)).toBe(false);
  });
});

describe('paragraphOf', () => {
  it('splits at blank lines and HTML paragraph ends', () => {
    const text = 'First para.\n\nSecond para with a claim.\n\nThird.';
    const p = paragraphOf(text, text.indexOf('claim'));
    expect(text.slice(p.start, p.end)).toBe('Second para with a claim.');
    const html = '<p>One</p><p>Two claim</p>';
    const q = paragraphOf(html, html.indexOf('claim'));
    expect(html.slice(q.start, q.end)).toBe('<p>Two claim');
  });
});

const context = (segments: Array<{ path: string[]; text: string }>, user: Record<string, unknown> = {}, references = 'references') =>
  ({
    segments,
    profile: 'health-content',
    contentType: { fields: { references } },
    config: resolveConfig({ allowedDomains: ['ourclinic.com'], controller: { url: 'https://riverside.example' }, ...user } as never),
  }) as unknown as RuleContext;

const evaluate = (entry: Record<string, unknown>, ctx: RuleContext) => claimsEvidence.evaluate(entry, ctx) as RuleResult;

describe('claims.evidence', () => {
  it('fails a proven claim next to a booking link (any URL no longer counts)', () => {
    const body = 'Clinically proven! Book at www.ourclinic.com';
    const result = evaluate({ body }, context([{ path: ['body'], text: body }]));
    expect(result.status).toBe('fail');
    expect(result.findings?.map((f) => f.match)).toEqual(['Clinically proven']);
  });

  it("fails when the only link is the controller's site or an unknown site", () => {
    for (const link of ['https://riverside.example/results', 'https://someblog.example/post']) {
      const body = `Studies show our laser works. See ${link}`;
      expect(evaluate({ body }, context([{ path: ['body'], text: body }])).status).toBe('fail');
    }
  });

  it('passes with a DOI, PMID or evidence URL in the references field', () => {
    const body = 'Clinically proven to reduce knee pain.';
    for (const references of [['doi:10.1000/xyz'], [{ url: 'https://pubmed.ncbi.nlm.nih.gov/123/' }], 'PMID 4567']) {
      const result = evaluate({ body, references }, context([{ path: ['body'], text: body }]));
      expect(result.status).toBe('pass');
    }
  });

  it('does not count a booking link in the references field', () => {
    const body = 'Clinically proven to reduce knee pain.';
    expect(evaluate({ body, references: ['https://www.ourclinic.com/book'] }, context([{ path: ['body'], text: body }])).status).toBe('fail');
  });

  it('passes with a citation in the same paragraph, fails when it sits in another paragraph', () => {
    const same = 'Clinically proven to reduce knee pain (PMID 1234567).\n\nBook today.';
    expect(evaluate({ body: same }, context([{ path: ['body'], text: same }])).status).toBe('pass');
    const other = 'Clinically proven to reduce knee pain.\n\nRead more: https://pubmed.ncbi.nlm.nih.gov/1234567/';
    const result = evaluate({ body: other }, context([{ path: ['body'], text: other }]));
    expect(result.status).toBe('fail');
    expect(result.message).toMatch(/own site do not count/);
  });

  it('lists only the claims without a citation', () => {
    const text = 'Clinically proven to ease pain (doi:10.1000/abc).\n\nStudies show faster healing.';
    const result = evaluate({ body: text }, context([{ path: ['body'], text }]));
    expect(result.status).toBe('fail');
    expect(result.findings?.map((f) => f.match)).toEqual(['Studies show']);
  });

  it('counts configured evidenceDomains', () => {
    const body = 'Clinically proven: https://trials.registry.example/abc';
    expect(evaluate({ body }, context([{ path: ['body'], text: body }])).status).toBe('fail');
    expect(evaluate({ body }, context([{ path: ['body'], text: body }], { evidenceDomains: ['registry.example'] })).status).toBe('pass');
  });
});

describe('claims.prohibited: an FDA statement with a citation', () => {
  const evaluateProhibited = (entry: Record<string, unknown>, ctx: RuleContext) => claimsProhibited.evaluate(entry, ctx) as RuleResult;
  const body = 'Our laser is FDA cleared for migraine prevention.';

  it('is left to the reviewer when the entry cites an evidence source', () => {
    expect(evaluateProhibited({ body, references: ['https://www.accessdata.fda.gov/cdrh_docs/pdf21/K210001.pdf'] }, context([{ path: ['body'], text: body }])).status).toBe('pass');
  });

  it('still fails with only a link to the clinic', () => {
    const result = evaluateProhibited({ body, references: ['https://www.ourclinic.com/fda'] }, context([{ path: ['body'], text: body }]));
    expect(result.status).toBe('fail');
    expect(result.findings?.map((f) => f.kind)).toContain('fda-approval');
  });
});

describe('evidenceDomains config', () => {
  it('defaults to an empty list', () => {
    expect(resolveConfig({}).evidenceDomains).toEqual([]);
  });

  it('accepts domain names', () => {
    expect(() => config.validator({ evidenceDomains: ['journals.example.org', '*.registry.example'] })).not.toThrow();
  });

  it.each([['https://journals.example.org'], ['journals.example.org/path'], ['not a domain'], ['localhost']])('refuses %j', (value) =>
    expect(() => config.validator({ evidenceDomains: [value] })).toThrow(/evidenceDomains/)
  );
});
