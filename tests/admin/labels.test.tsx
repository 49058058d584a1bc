import * as React from 'react';
import { renderHook } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { CONSENT_MEDIA, SIGNATURE_METHODS } from '../../shared/contracts/consents';
import { REVIEW_ROLE_LABELS } from '../../shared/review-roles';
import { useConsentLabels } from '../../admin/src/hooks/useConsentLabels';
import es from '../../admin/src/translations/es.json';
import { prefixTranslations } from '../../admin/src/utils/getTrad';
import { roleLabel } from '../../admin/src/utils/roles';

/** The admin names the shared enumerations (shared/) rather than keeping its own lists. */
describe('labels of the shared enumerations', () => {
  it('names review roles from shared/review-roles.ts, translated, and capitalizes other roles', () => {
    const t = (id: string, defaultMessage: string) => `${id}=${defaultMessage}`;
    expect(Object.keys(REVIEW_ROLE_LABELS).map((role) => roleLabel(t, role))).toEqual(['role.medical=Medical', 'role.legal=Legal', 'role.privacy=Privacy']);
    expect(roleLabel(t, 'pharmacovigilance')).toBe('Pharmacovigilance');
  });

  it('has a label for every signature method and medium of the contract, in the admin’s language', () => {
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <IntlProvider locale="es" messages={prefixTranslations(es)} onError={() => undefined}>
        {children}
      </IntlProvider>
    );
    const { result } = renderHook(() => useConsentLabels(), { wrapper });
    expect(Object.keys(result.current.signatureMethod).sort()).toEqual([...SIGNATURE_METHODS].sort());
    expect(Object.keys(result.current.medium).sort()).toEqual([...CONSENT_MEDIA].sort());
    expect(result.current.signatureMethod['wet-ink']).toBe((es as Record<string, string>)['consentForm.signatureMethod.wet-ink']);
    expect(result.current.signatureMethod['wet-ink']).not.toBe('Wet-ink signature');
  });
});
