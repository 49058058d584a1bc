import { Typography } from '@strapi/design-system';
import { useT } from '../../../hooks/useT';
import { STATEMENT_KEYS } from '../../../utils/consentForm';
import { CheckboxField, Section } from '../fields';
import { STATEMENT_TEXT } from '../statements';

/** The statements 45 CFR 164.508(c)(2) requires, each confirmed by a checkbox. */
export const StatementsSection = () => {
  const t = useT();
  return (
    <Section title={t('consentForm.section.statements', 'Required statements')}>
      <Typography variant="pi" textColor="neutral600">
        {t('consentForm.statements.intro', 'Confirm that the signed form contains each of these statements.')}
      </Typography>
      {STATEMENT_KEYS.map((key) => (
        <CheckboxField key={key} name={`statements.${key}`} showError>
          {t(STATEMENT_TEXT[key].id, STATEMENT_TEXT[key].defaultMessage)}
        </CheckboxField>
      ))}
    </Section>
  );
};
