import '@testing-library/jest-dom';
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import type { Check } from '../../shared/contracts/checks';
import { ChecksList } from '../../admin/src/components/CompliancePanel/ChecksList';
import fr from '../../admin/src/translations/fr.json';
import { prefixTranslations } from '../../admin/src/utils/getTrad';

const wrap = (ui: React.ReactElement, locale: 'en' | 'fr' = 'en') =>
  render(
    <IntlProvider locale={locale} messages={locale === 'fr' ? prefixTranslations(fr) : {}} onError={() => undefined}>
      <DesignSystemProvider locale={locale}>{ui}</DesignSystemProvider>
    </IntlProvider>,
  );

const checks: Check[] = [
  { rule: 'phi.scan', title: 'No patient identifiers', severity: 'blocker', status: 'pass', message: 'No identifier found', findings: [] },
  {
    rule: 'claims.prohibited',
    title: 'No unrealistic promises',
    severity: 'blocker',
    status: 'fail',
    message: '1 prohibited claim',
    findings: [{ path: ['quote'], match: 'guaranteed cure', kind: 'claim', message: 'A cure cannot be promised', offset: 12 }],
  },
  { rule: 'marketing.tone', title: 'Measured tone', severity: 'warning', status: 'fail', message: 'Too many superlatives', findings: [] },
];

describe('the panel’s checklist', () => {
  it('lists failures first with their outcome, and a finding moves the cursor to its field', () => {
    const field = document.createElement('textarea');
    field.name = 'quote';
    document.body.appendChild(field);

    wrap(<ChecksList checks={checks} />);
    const titles = screen.getAllByText(/No unrealistic promises|Measured tone|No patient identifiers/).map((node) => node.textContent);
    expect(titles).toEqual(['No unrealistic promises', 'Measured tone', 'No patient identifiers']);
    expect(screen.getByText('Fail')).toBeInTheDocument();
    expect(screen.getByText('Warning')).toBeInTheDocument();
    expect(screen.getByText('Pass')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /Go to the field quote/ }));
    expect(document.activeElement).toBe(field);
    field.remove();
  });

  it('speaks French when the admin does', () => {
    wrap(<ChecksList checks={checks} />, 'fr');
    expect(screen.getByText('Échec')).toBeInTheDocument();
    expect(screen.getByText('Avertissement')).toBeInTheDocument();
  });
});
