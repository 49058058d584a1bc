import config from '../../../server/src/config';
import { resolveConfig } from '../../../server/src/config/resolve';
import { digestRule } from '../../../server/src/domain/notifications/digest-rule';
import { composeEmail, type EmailEntry } from '../../../server/src/domain/notifications/emails';
import { daysLeft, noticeThreshold } from '../../../server/src/domain/notifications/expiry-notice';
import { rolesReadyForReview } from '../../../server/src/domain/notifications/readiness';
import { consentEnded, webhookForEvent } from '../../../server/src/domain/notifications/webhook-payloads';
import { comingWeeks, pastWeeks, sumByWeek, weekStartOf } from '../../../server/src/domain/notifications/weeks';
import type { AuditEvent } from '../../../server/src/domain/audit-chain';
import type { Check } from '../../../shared/contracts/checks';

const DAY = 86400000;
const BASE = 'https://cms.example/admin';

const event = (action: string, data: Record<string, unknown>, subject: AuditEvent['subject'] = { uid: 'api::story.story', documentId: 'doc1', locale: null }): AuditEvent => ({
  seq: 7,
  occurredAt: '2026-03-04T10:00:00.000Z',
  action,
  actor: { type: 'admin', id: 3, email: 'editor@clinic.example' },
  subject,
  data,
  prevHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
});

const check = (rule: string, status: Check['status'], details?: Record<string, unknown>): Check => ({ rule, title: rule, severity: 'blocker', status, message: '', findings: [], ...(details ? { details } : {}) });

describe('rolesReadyForReview', () => {
  it('names the missing roles when only reviews block', () => {
    expect(rolesReadyForReview({ checks: [check('phi.scan', 'pass'), check('review.approval', 'fail', { missingRoles: ['privacy', 'medical'] })] })).toEqual(['privacy', 'medical']);
  });
  it('is empty while another blocker fails, or when nothing is missing', () => {
    expect(rolesReadyForReview({ checks: [check('consent.present', 'fail'), check('review.approval', 'fail', { missingRoles: ['medical'] })] })).toEqual([]);
    expect(rolesReadyForReview({ checks: [check('review.approval', 'pass')] })).toEqual([]);
  });
  it('ignores failing warnings', () => {
    const warning = { ...check('marketing.tone', 'fail'), severity: 'warning' as const };
    expect(rolesReadyForReview({ checks: [warning, check('review.approval', 'fail', { missingRoles: ['legal'] })] })).toEqual(['legal']);
  });
});

describe('noticeThreshold', () => {
  const now = new Date('2026-05-01T00:00:00Z');
  const inDays = (days: number) => new Date(now.getTime() + days * DAY);
  it('picks the smallest window that holds the expiry', () => {
    expect(noticeThreshold(inDays(40), now, [30, 7])).toBeNull();
    expect(noticeThreshold(inDays(30), now, [30, 7])).toBe(30);
    expect(noticeThreshold(inDays(20), now, [30, 7])).toBe(30);
    expect(noticeThreshold(inDays(7), now, [30, 7])).toBe(7);
    expect(noticeThreshold(inDays(0.5), now, [7, 30])).toBe(7);
  });
  it('is null once expired', () => {
    expect(noticeThreshold(inDays(-1), now, [30, 7])).toBeNull();
  });
  it('counts days left rounded up', () => {
    expect(daysLeft(inDays(6.2), now)).toBe(7);
    expect(daysLeft(inDays(20), now)).toBe(20);
  });
});

describe('weeks', () => {
  it('starts weeks on Monday, UTC', () => {
    expect(weekStartOf(new Date('2026-03-08T23:59:00Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(weekStartOf(new Date('2026-03-09T00:00:00Z')).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });
  it('lists 12 past weeks ending with the current one, and coming weeks from it', () => {
    const past = pastWeeks(new Date('2026-03-11T12:00:00Z'), 12);
    expect(past).toHaveLength(12);
    expect(past[11]).toBe('2026-03-09');
    expect(past[0]).toBe('2025-12-22');
    expect(comingWeeks(new Date('2026-03-11T12:00:00Z'), 2)).toEqual(['2026-03-09', '2026-03-16']);
  });
  it('sums day counts into weeks and drops days outside them', () => {
    expect(sumByWeek(['2026-03-02', '2026-03-09'], [
      { day: '2026-03-02', count: 2 },
      { day: '2026-03-08', count: 1 },
      { day: '2026-03-10', count: 4 },
      { day: '2026-02-01', count: 9 },
    ])).toEqual([3, 4]);
  });
});

describe('webhook payloads', () => {
  it('copies ids, rule ids and hashes of publish.blocked, never the free text', () => {
    const message = webhookForEvent(BASE, event('publish.blocked', { via: 'publish', contentHash: 'h'.repeat(64), failing: ['phi.scan'], matched: 'Dana 555-201-3344', origin: { ip: '10.0.0.1' } }));
    expect(message).toEqual({
      event: 'compliance.publish.blocked',
      payload: {
        entry: { uid: 'api::story.story', documentId: 'doc1', locale: null, adminUrl: `${BASE}/content-manager/collection-types/api::story.story/doc1` },
        via: 'publish',
        failing: ['phi.scan'],
        contentHash: 'h'.repeat(64),
        actor: { type: 'admin', id: 3 },
        auditSeq: 7,
      },
    });
    expect(JSON.stringify(message)).not.toMatch(/Dana|555|10\.0\.0\.1|editor@/);
  });

  it('leaves the comment and signer name out of review.recorded', () => {
    const message = webhookForEvent(BASE, event('review.recorded', { reviewId: 4, role: 'medical', decision: 'changes-requested', contentHash: 'c', signer: 'Maya Medic', comment: 'Remove Dana' }));
    expect(message?.payload).toMatchObject({ reviewId: 4, role: 'medical', decision: 'changes-requested', reviewer: { id: 3 } });
    expect(JSON.stringify(message)).not.toMatch(/Maya|Remove Dana/);
  });

  it('links the locale of a localized entry', () => {
    const message = webhookForEvent(BASE, event('entry.unpublished', { cause: 'consent.revoked', consentDocumentId: 'c1' }, { uid: 'api::a.a', documentId: 'd', locale: 'fr' }));
    expect(message?.payload).toMatchObject({ entry: { locale: 'fr', adminUrl: `${BASE}/content-manager/collection-types/api::a.a/d?plugins[i18n][locale]=fr` }, cause: 'consent.revoked' });
  });

  it('maps nothing for other actions', () => {
    expect(webhookForEvent(BASE, event('consent.created', {}))).toBeNull();
  });

  it('consent.ended lists what the consent covered and what its ending unpublished, without the reason', () => {
    const ended = event('consent.revoked', { receiptId: 'r-1', reason: 'Patient withdrew, see MRN 42' }, { uid: 'plugin::compliance.consent-record', documentId: 'c1', locale: null });
    const unpublished = event('entry.unpublished', { cause: 'consent.revoked', consentDocumentId: 'c1' }, { uid: 'api::a.a', documentId: 'd1', locale: null });
    const other = event('entry.unpublished', { cause: 'consent.revoked', consentDocumentId: 'c2' }, { uid: 'api::a.a', documentId: 'd2', locale: null });
    const message = consentEnded(BASE, ended, [{ uid: 'api::a.a', documentId: 'd1', locale: null }], [ended, unpublished, other]);
    expect(message?.payload).toMatchObject({ status: 'revoked', consent: { documentId: 'c1', receiptId: 'r-1' }, unpublished: [{ documentId: 'd1' }], entries: [{ documentId: 'd1' }] });
    expect(JSON.stringify(message)).not.toMatch(/withdrew|MRN/);
  });
});

describe('emails', () => {
  const item = (title?: string): EmailEntry => ({
    entry: { uid: 'api::story.story', documentId: 'doc1', locale: null, adminUrl: `${BASE}/content-manager/collection-types/api::story.story/doc1` },
    typeName: 'Story',
    ...(title ? { title } : {}),
  });

  it('names the type and id, links to the admin and to the preferences', () => {
    const email = composeEmail({ kind: 'reviewReady', items: [{ ...item(), role: 'medical' }], queueUrl: `${BASE}/plugins/compliance/queue` }, `${BASE}/plugins/compliance/notifications`);
    expect(email.subject).toBe('[Compliance] 1 entry is ready for your review');
    expect(email.text).toContain('Story doc1: medical review');
    expect(email.text).toContain(item().entry.adminUrl);
    expect(email.html).toContain(`href="${BASE}/plugins/compliance/notifications"`);
  });

  it('shows a title only when given, escaped in HTML', () => {
    expect(composeEmail({ kind: 'reviewDecision', item: item(), role: 'legal', decision: 'approved' }, BASE).text).not.toContain('“');
    const email = composeEmail({ kind: 'reviewDecision', item: item('<b>Knee</b> story'), role: 'legal', decision: 'approved' }, BASE);
    expect(email.text).toContain('“<b>Knee</b> story”');
    expect(email.html).toContain('&lt;b&gt;Knee&lt;/b&gt; story');
    expect(email.html).not.toContain('<b>Knee');
  });

  it('says what expires and what it covers', () => {
    const email = composeEmail(
      { kind: 'consentExpiring', consent: { documentId: 'c1', receiptId: '1234abcd-0000', adminUrl: `${BASE}/plugins/compliance/consents/c1` }, expiresAt: '2026-06-01T00:00:00.000Z', daysLeft: 7, entries: [item(), item()] },
      BASE
    );
    expect(email.subject).toBe('[Compliance] A consent expires in 7 days (2026-06-01)');
    expect(email.text).toContain('It covers 2 entries');
  });
});

describe('notifications config', () => {
  it('defaults: 15-minute digests, no titles, every kind on, notices at 30 and 7 days', () => {
    const resolved = resolveConfig({});
    expect(resolved.notifications).toEqual({
      digestMinutes: 15,
      includeTitles: false,
      email: undefined,
      from: undefined,
      privacyOfficeEmail: undefined,
      kinds: { reviewReady: true, consentExpiring: true, entriesUnpublished: true, reviewDecision: true },
    });
    expect(resolved.expiry.noticeDays).toEqual([30, 7]);
  });

  it('turns kinds off and sorts notice days', () => {
    const resolved = resolveConfig({ notifications: { kinds: { reviewDecision: false } }, expiry: { noticeDays: [7, 60, 7] } });
    expect(resolved.notifications.kinds.reviewDecision).toBe(false);
    expect(resolved.notifications.kinds.reviewReady).toBe(true);
    expect(resolved.expiry.noticeDays).toEqual([60, 7]);
  });

  it('accepts the documented keys', () => {
    expect(() =>
      config.validator({
        notifications: { digestMinutes: 120, includeTitles: true, email: true, from: 'cms@x.example', privacyOfficeEmail: 'privacy@x.example', kinds: { reviewReady: false } },
        expiry: { noticeDays: [30, 7] },
      })
    ).not.toThrow();
  });

  it.each([
    [{ notifications: { digestMinutes: 0 } }, /digestMinutes/],
    [{ notifications: { digestMinutes: 90 } }, /digestMinutes/],
    [{ notifications: { digestSeconds: 60 } }, /digestSeconds/],
    [{ notifications: { includeTitles: 'yes' } }, /includeTitles/],
    [{ notifications: { kinds: { digest: true } } }, /unknown key "digest" in notifications.kinds/],
    [{ notifications: { privacyOfficeEmail: 'privacy office' } }, /privacyOfficeEmail/],
    [{ notifications: { sendAt: 'noon' } }, /unknown key "sendAt" in notifications/],
    [{ expiry: { noticeDays: [0] } }, /noticeDays/],
    [{ expiry: { noticeDays: '30' } }, /noticeDays/],
  ])('refuses %j', (value, message) => {
    expect(() => config.validator(value)).toThrow(message);
  });

  it('turns digestMinutes into a cron rule', () => {
    expect(digestRule(15)).toBe('*/15 * * * *');
    expect(digestRule(120)).toBe('0 */2 * * *');
    expect(digestRule(15, 5)).toBe('*/5 * * * * *');
  });
});
