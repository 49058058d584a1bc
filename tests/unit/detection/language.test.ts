/**
 * The detection language of an entry's locale (server/src/detection/language.ts), and the
 * "no language" packs that keep only the language-independent detectors.
 */
import {
  NO_LANGUAGE,
  detectionLanguageFor,
  detectorLanguageFor,
  languageWarning,
} from '../../../server/src/detection/language';
import { scanPhiText } from '../../../server/src/detection/phi';
import { detectClaims } from '../../../server/src/detection/claims';

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
