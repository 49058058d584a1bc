import type { ContentTypeSettings } from '../../shared/contracts/checks';
import { buildSettingsUpdate, canChooseSeverity, hasChanges, isCoreProtection, severitiesOf } from '../../admin/src/utils/settings';
import { resolvePermissions } from '../../admin/src/utils/permissions';
import { entryEditPath, segment, toQueryString, withQuery } from '../../admin/src/utils/urls';

const testimonial: ContentTypeSettings = {
  uid: 'api::testimonial.testimonial',
  displayName: 'Testimonial',
  profile: 'testimonial',
  localized: false,
  fields: { channel: 'channel', sponsored: 'sponsored', references: undefined },
  reviewRoles: ['privacy', 'medical'],
  rules: [
    { id: 'phi.scan', title: 'No patient identifiers', severity: 'blocker', defaultSeverity: 'blocker' },
    { id: 'marketing.tone', title: 'Tone', severity: 'warning', defaultSeverity: 'warning' },
  ],
};

describe('settings: rule severities', () => {
  it('sends only the rules whose severity changed, per content type', () => {
    const original = severitiesOf([testimonial]);
    expect(original).toEqual({ 'api::testimonial.testimonial': { 'phi.scan': 'blocker', 'marketing.tone': 'warning' } });
    const edited = { 'api::testimonial.testimonial': { 'phi.scan': 'blocker' as const, 'marketing.tone': 'off' as const } };
    const update = buildSettingsUpdate(original, edited);
    expect(update).toEqual({ contentTypes: { 'api::testimonial.testimonial': { rules: { 'marketing.tone': 'off' } } } });
    expect(hasChanges(update)).toBe(true);
    expect(hasChanges(buildSettingsUpdate(original, original))).toBe(false);
  });

  it('does not offer to lower a core protection below blocker (the server refuses it)', () => {
    for (const rule of ['consent.present', 'consent.valid', 'phi.scan', 'review.approval']) {
      expect(isCoreProtection(rule)).toBe(true);
      expect([canChooseSeverity(rule, 'blocker'), canChooseSeverity(rule, 'warning'), canChooseSeverity(rule, 'off')]).toEqual([true, false, false]);
    }
    expect([canChooseSeverity('marketing.tone', 'off'), canChooseSeverity('claims.prohibited', 'warning')]).toEqual([true, true]);
  });
});

describe('permissions', () => {
  it('tells the plugin’s read permissions apart (useRBAC would name them all canRead)', () => {
    const permissions = resolvePermissions([
      { action: 'plugin::compliance.checks.read' },
      { action: 'plugin::compliance.consents.read' },
      { action: 'plugin::upload.read' },
    ]);
    expect(permissions).toEqual({
      checksRead: true,
      consentsRead: true,
      consentsManage: false,
      reviewsApprove: false,
      auditExport: false,
      settingsRead: false,
      settingsManage: false,
    });
  });
});

describe('URLs', () => {
  it('encodes query values the admin fetch client would pass through raw', () => {
    expect(toQueryString({ q: 'Dana & Sam', page: 2, status: undefined, pageSize: null, locale: '' })).toBe('q=Dana+%26+Sam&page=2');
    expect(withQuery('/compliance/consents', {})).toBe('/compliance/consents');
    expect(withQuery('/compliance/checks/api::testimonial.testimonial/abc', { locale: 'fr' })).toBe(
      '/compliance/checks/api::testimonial.testimonial/abc?locale=fr',
    );
  });

  it('keeps uids readable in paths but encodes anything else', () => {
    expect(segment('api::testimonial.testimonial')).toBe('api::testimonial.testimonial');
    expect(segment('a/b c')).toBe('a%2Fb%20c');
  });

  it('links the queue to the entry’s edit view in its locale', () => {
    expect(entryEditPath({ uid: 'api::testimonial.testimonial', documentId: 'k2j3', locale: 'fr' })).toBe(
      '/content-manager/collection-types/api::testimonial.testimonial/k2j3?plugins[i18n][locale]=fr',
    );
    expect(entryEditPath({ uid: 'api::testimonial.testimonial', documentId: 'k2j3', locale: null })).toBe(
      '/content-manager/collection-types/api::testimonial.testimonial/k2j3',
    );
  });
});
