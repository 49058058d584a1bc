import { IntlMessageFormat } from 'intl-messageformat';
import es from '../../../admin/src/translations/es.json';
import fr from '../../../admin/src/translations/fr.json';
import { resolveConfig } from '../../../server/src/config/resolve';
import { withoutMatches } from '../../../server/src/domain/redact-findings';
import { BUILT_IN_RULES } from '../../../server/src/rules';
import { describeResult, say, titleIdOf } from '../../../server/src/rules/messages';
import type { Rule, RuleContext, RuleResult } from '../../../server/src/rules/types';
import type { Check } from '../../../shared/contracts/checks';
import { CHECKLIST_MESSAGES, englishMessage, formatIcu, type MessageValues } from '../../../shared/messages';

const spanish = es as Record<string, string>;
const french = fr as Record<string, string>;

const rule = (id: string): Rule => BUILT_IN_RULES.find((item) => item.id === id) as Rule;

const context = (text: string, fields: Record<string, string> = {}): RuleContext =>
  ({
    uid: 'api::testimonial.testimonial',
    documentId: 'd1',
    locale: 'en',
    profile: 'testimonial',
    contentType: { fields, reviewRoles: [] },
    segments: [{ path: ['quote'], text }],
    consents: [],
    reviews: [],
    contentHash: 'h',
    config: resolveConfig({}),
    now: new Date('2026-06-01T00:00:00.000Z'),
  }) as unknown as RuleContext;

/** Sample values for every argument a message may take, in two plural forms. */
const samples = (count: number): MessageValues => ({
  count,
  claims: count,
  references: 1,
  superlatives: count,
  pressure: 1,
  words: 120,
  density: 4.5,
  threshold: 3,
  matches: '"a", "b"',
  message: 'As the rule said',
  rule: 'brand.x',
  error: 'boom',
  consents: '7d4b6c1e (revoked)',
  channel: 'social',
  covered: 'website, print',
  match: '#ad',
  approvals: 'privacy (Priya)',
  roles: 'medical',
  stale: count > 1 ? 'yes' : 'no',
  sameSigner: count > 1 ? 'yes' : 'no',
  hasField: count > 1 ? 'yes' : 'no',
  field: 'references',
});

describe('the checklist messages', () => {
  it('renders like intl-messageformat (what react-intl uses in the admin), in English, Spanish and French', () => {
    const catalogs: Array<[string, Record<string, string>]> = [
      ['en', { ...CHECKLIST_MESSAGES }],
      ['es', Object.fromEntries(Object.keys(CHECKLIST_MESSAGES).map((key) => [key, spanish[key]]))],
      ['fr', Object.fromEntries(Object.keys(CHECKLIST_MESSAGES).map((key) => [key, french[key]]))],
    ];
    for (const [locale, messages] of catalogs) {
      for (const [key, message] of Object.entries(messages)) {
        expect(typeof message).toBe('string');
        for (const count of [1, 3]) {
          expect([key, formatIcu(message, samples(count), locale)]).toEqual([key, String(new IntlMessageFormat(message, locale).format(samples(count)))]);
        }
      }
    }
  });

  it('renders a rule message in English and in Spanish from the same id and values', () => {
    const values = { count: 2, matches: '"14 de marzo de 2024", "Andrés"' };
    expect(englishMessage('compliance.rule.phi.scan.fail', values)).toBe(
      `2 identifiers found: "14 de marzo de 2024", "Andrés". Remove them or replace them with the clinic's details (45 CFR 164.514(b)(2))`,
    );
    expect(formatIcu(spanish['rule.phi.scan.fail'], values, 'es')).toBe(
      'Se encontraron 2 identificadores: "14 de marzo de 2024", "Andrés". Elimínelos o sustitúyalos por los datos de la clínica (45 CFR 164.514(b)(2))',
    );
    expect(formatIcu(spanish['rule.consent.present.pass'], { count: 1 }, 'es')).toBe('1 consentimiento activo vinculado');
    expect(formatIcu(spanish['rule.review.approval.fail'], { count: 2, roles: 'privacy, medical', stale: 'yes', sameSigner: 'no' }, 'es')).toBe(
      'Pendiente de las revisiones privacy, medical (las aprobaciones anteriores corresponden a una versión anterior del texto)',
    );
    expect(say('rule.review.approval.fail', { count: 1, roles: 'medical', stale: 'no', sameSigner: 'no' })).toEqual({
      messageId: 'compliance.rule.review.approval.fail',
      values: { count: 1, roles: 'medical', stale: 'no', sameSigner: 'no' },
      message: 'Waiting for the medical review',
    });
    expect(englishMessage('compliance.no.such.message')).toBeUndefined();
  });

  it('gives every built-in rule a title id whose English is its title', () => {
    for (const item of BUILT_IN_RULES) expect([item.id, englishMessage(titleIdOf(item) as string)]).toEqual([item.id, item.title]);
    const custom: Rule = { id: 'brand.x', title: 'House style', severity: 'warning', appliesTo: () => true, evaluate: () => ({ status: 'pass', message: 'ok' }) };
    expect(titleIdOf(custom)).toBeUndefined();
    expect(titleIdOf({ ...custom, titleId: 'myapp.rule.x' })).toBe('myapp.rule.x');
  });

  it('answers the same when asked again, and follows a rule whose title was changed after it was asked', () => {
    const copy: Rule = { ...rule('phi.scan') };
    const first = titleIdOf(copy);
    expect(first).toBeDefined();
    expect(titleIdOf(copy)).toBe(first);
    copy.title = 'Identifiers (house wording)';
    expect(titleIdOf(copy)).toBeUndefined();
    // A message without values and the same message with an empty object of values are one text.
    expect(englishMessage(first as string)).toBe(englishMessage(first as string, {}));
    expect(englishMessage('rule.phi.scan.fail', { count: 2, matches: '"a", "b"' })).not.toBe(englishMessage('rule.phi.scan.fail', { count: 1, matches: '"a"' }));
    expect(englishMessage('no.such.message')).toBeUndefined();
  });
});

describe('message ids of the rules that give English only (phi.scan, claims.*)', () => {
  const evaluate = async (id: string, text: string, fields?: Record<string, string>) => {
    const ctx = context(text, fields);
    const result = await rule(id).evaluate({}, ctx);
    return { result, described: describeResult(rule(id), result, ctx) };
  };

  it('derives the id and values from the status and findings, and their English is the rule’s message', async () => {
    const cases: Array<[string, string, Record<string, string>?]> = [
      ['phi.scan', 'Call me at 555-201-3344 or write to dana.w@gmail.com'],
      ['phi.scan', 'Our team is here for you.'],
      ['claims.prohibited', 'This miracle treatment cured my arthritis!'],
      ['claims.prohibited', 'Physiotherapy helped me walk again.'],
      ['claims.evidence', 'Clinically proven to reduce pain.', { references: 'references' }],
      ['claims.evidence', 'Clinically proven to reduce pain.'],
      ['claims.evidence', 'Clinically proven to reduce pain (doi:10.1000/182).'],
      ['claims.evidence', 'I feel better.'],
    ];
    for (const [id, text, fields] of cases) {
      const { result, described } = await evaluate(id, text, fields);
      expect(described.messageId).not.toBe('compliance.check.message');
      expect([id, text, englishMessage(described.messageId, described.values)]).toEqual([id, text, result.message]);
    }
    const phi = await evaluate('phi.scan', 'Call me at 555-201-3344');
    expect(phi.described).toEqual({ messageId: 'compliance.rule.phi.scan.fail', values: { count: 1, matches: '"555-201-3344"' } });
  });

  it('falls back to the English as is when a rule words its message differently (never a wrong translation)', () => {
    const reworded: RuleResult = { status: 'fail', message: 'Only language-independent identifiers were checked for locale de', findings: [] };
    expect(describeResult(rule('phi.scan'), reworded, context(''))).toEqual({
      messageId: 'compliance.check.message',
      values: { message: 'Only language-independent identifiers were checked for locale de' },
    });
    // A rule's own id wins.
    expect(describeResult(rule('phi.scan'), { ...reworded, messageId: 'myapp.x', values: { a: 1 } }, context(''))).toEqual({ messageId: 'myapp.x', values: { a: 1 } });
  });

  it('gives each rule that speaks for itself an id whose English is its message', async () => {
    for (const item of BUILT_IN_RULES.filter((candidate) => !['phi.scan', 'claims.prohibited', 'claims.evidence'].includes(candidate.id))) {
      const ctx = context('The best, most amazing, incredible results! Act now! I was cured in a week.', { sponsored: 'sponsored', channel: 'channel' });
      const result = await item.evaluate({ sponsored: true, channel: 'website' }, ctx);
      expect([item.id, result.messageId]).toEqual([item.id, expect.stringMatching(/^compliance\.rule\./)]);
      expect(englishMessage(result.messageId as string, result.values)).toBe(result.message);
    }
  });
});

describe('redaction for callers who may not read the entry', () => {
  it('hides the matched text in the values too', () => {
    const check: Check = {
      rule: 'phi.scan',
      title: 'No patient identifiers in the text',
      severity: 'blocker',
      status: 'fail',
      message: '1 identifier found: "555-201-3344". Remove them',
      messageId: 'compliance.rule.phi.scan.fail',
      values: { count: 1, matches: '"555-201-3344"' },
      findings: [{ path: ['quote'], match: '555-201-3344', kind: 'phone', message: 'Phone "555-201-3344"', offset: 0, messageId: 'x', values: { match: '555-201-3344' } }],
    };
    const [hidden] = withoutMatches([check]);
    expect(JSON.stringify(hidden)).not.toContain('555-201-3344');
    expect(hidden.values).toEqual({ count: 1, matches: '"[hidden]"' });
    expect(hidden.findings[0].values).toEqual({ match: '[hidden]' });
  });
});
