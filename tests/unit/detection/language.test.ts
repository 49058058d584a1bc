/**
 * The detection language of an entry's locale (server/src/detection/language.ts), the "no
 * language" packs that keep only the language-independent detectors, and the two rules that read
 * an entry in its locale (phi.scan, claims.prohibited).
 */
import {
  NO_LANGUAGE,
  detectionLanguageFor,
  detectorLanguageFor,
  languageWarning,
} from '../../../server/src/detection/language';
import { scanPhiText } from '../../../server/src/detection/phi';
import { detectClaims } from '../../../server/src/detection/claims';
import { resolveConfig } from '../../../server/src/config/resolve';
import { claimsProhibited } from '../../../server/src/rules/claims-prohibited';
import { phiScan } from '../../../server/src/rules/phi-scan';
import type { RuleContext, RuleResult } from '../../../server/src/rules/types';

describe('detectionLanguageFor', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es-US', 'es'],
    ['es-419', 'es'],
    ['es_ES', 'es'],
    ['ES-mx', 'es'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
  ])('%s → %s', (locale, language) => expect(detectionLanguageFor(locale)).toBe(language));

  it('no locale (a content type without i18n) reads as English', () => {
    expect(detectionLanguageFor(undefined)).toBe('en');
    expect(detectionLanguageFor(null)).toBe('en');
    expect(detectionLanguageFor('')).toBe('en');
  });

  it.each(['de', 'fr-CA', 'pt-BR', 'zh-Hans', 'english', 'est'])('%s has no pack', (locale) => {
    expect(detectionLanguageFor(locale)).toBeNull();
    expect(detectorLanguageFor(locale)).toBe(NO_LANGUAGE);
  });

  it('the warning names the locale', () => {
    expect(languageWarning('de', 'identifiers')).toBe('only language-independent identifiers were checked for locale `de`');
    expect(languageWarning('fr-CA', 'claims')).toContain('`fr-CA`');
  });
});

describe('no language pack: language-independent detectors only', () => {
  const german = 'Meine Tochter Anna hat die Adresse anna.k@gmx.de, SSN 123-45-6789, IP 10.2.3.4. Heilt Krebs, garantiert!';

  it('PHI: shapes are found, context words are not read', () => {
    const kinds = scanPhiText(german, { language: NO_LANGUAGE }).map((f) => f.kind);
    expect(kinds).toEqual(['email', 'ssn', 'ip-address']);
  });

  it('claims: only the site phrase list applies', () => {
    expect(detectClaims(german, {}, NO_LANGUAGE)).toEqual([]);
    expect(detectClaims(german, { add: ['heilt krebs'] }, NO_LANGUAGE).map((h) => h.kind)).toEqual(['custom']);
  });

  it('English words in an undetermined text are not read as cues either', () => {
    expect(scanPhiText('my son Luca lives in Ogden', { language: NO_LANGUAGE })).toEqual([]);
    expect(detectClaims('This tea cures cancer, guaranteed.', {}, NO_LANGUAGE)).toEqual([]);
  });
});

describe('phi.scan and claims.prohibited read the entry in its locale', () => {
  const context = (text: string, locale: string | null): RuleContext =>
    ({
      uid: 'api::story.story',
      documentId: 'doc-1',
      locale,
      profile: 'health-content',
      contentType: { fields: {} },
      segments: [{ path: ['body'], text }],
      consents: [],
      reviews: [],
      contentHash: 'hash',
      config: resolveConfig({}),
      now: new Date('2026-01-01T00:00:00Z'),
    }) as unknown as RuleContext;
  const phi = (text: string, locale: string | null) => phiScan.evaluate({ body: text }, context(text, locale)) as RuleResult;
  const claims = (text: string, locale: string | null) => claimsProhibited.evaluate({ body: text }, context(text, locale)) as RuleResult;

  it.each(['es', 'es-MX', 'es-US', 'es-419'])('a Spanish entry (%s) is blocked by both rules, and passes once fixed', (locale) => {
    expect(phi('Mi esposo Andrés me acompañó a todas las citas.', locale)).toMatchObject({ status: 'fail', details: { kinds: ['relative-name'] } });
    expect(claims('Esta crema cura la artritis para siempre.', locale).status).toBe('fail');
    const fixed = 'Mi esposo me acompañó a todas las citas; la crema alivió el dolor de algunas pacientes.';
    expect(phi(fixed, locale)).toEqual({ status: 'pass', message: 'No HIPAA Safe Harbor identifiers found' });
    expect(claims(fixed, locale)).toEqual({ status: 'pass', message: 'No prohibited claims found' });
  });

  it('an English entry and an entry without a locale read as English', () => {
    for (const locale of ['en', null]) {
      expect(phi('My son Luca drove me home.', locale).status).toBe('fail');
      expect(claims('This cream cures arthritis forever.', locale).status).toBe('fail');
      // The English grammar does not read Spanish.
      expect(claims('Esta crema cura la artritis para siempre.', locale).status).toBe('pass');
    }
  });

  it('an unknown locale runs the language-independent checks and says so, pass or fail', () => {
    const warning = languageWarning('de', 'identifiers');
    const clean = phi('Meine Tochter Anna hat mich gefahren.', 'de');
    expect(clean).toEqual({ status: 'pass', message: `No HIPAA Safe Harbor identifiers found, but ${warning}`, details: { warning, language: null } });
    const dirty = phi('Schreiben Sie mir: anna.k@gmx.de', 'de');
    expect(dirty.status).toBe('fail');
    expect(dirty.message).toContain(warning);
    expect(dirty.details).toEqual({ kinds: ['email'], warning, language: null });
    const claim = claims('Heilt Krebs, garantiert!', 'de');
    expect(claim).toEqual({
      status: 'pass',
      message: `No prohibited claims found, but ${languageWarning('de', 'claims')}`,
      details: { warning: languageWarning('de', 'claims'), language: null },
    });
  });
});
