import { Box, Flex, TextButton, Typography } from '@strapi/design-system';
import type { Check } from '../../../../shared/contracts/checks';
import { useChecklistText } from '../../hooks/useChecklistText';
import { useT } from '../../hooks/useT';
import { focusField, sortChecks } from '../../utils/checks';
import { CheckOutcomeBadge } from '../shared/Badges';

/** Findings shown per check before "and N more". */
const MAX_FINDINGS = 5;

/** Each rule's result, failures first; a finding's button moves the cursor to its field. */
export const ChecksList = ({ checks }: { checks: Check[] }) => {
  const t = useT();
  const text = useChecklistText();
  if (!checks.length) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {t('panel.checks.empty', 'No rule applies to this entry.')}
      </Typography>
    );
  }
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {sortChecks(checks).map((check) => (
        <Box tag="li" key={check.rule} padding={2} hasRadius background="neutral100">
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Flex gap={2} justifyContent="space-between" alignItems="flex-start">
              <Typography variant="omega" fontWeight="semiBold">
                {text.title(check)}
              </Typography>
              <CheckOutcomeBadge check={check} />
            </Flex>
            <Typography variant="pi" textColor="neutral700">
              {text.message(check)}
            </Typography>
            {check.findings.length > 0 ? (
              <Flex tag="ul" direction="column" alignItems="stretch" gap={1} paddingTop={1}>
                {check.findings.slice(0, MAX_FINDINGS).map((finding, index) => (
                  <li key={`${finding.path.join('.')}-${finding.offset}-${index}`}>
                    <TextButton
                      onClick={() => focusField(finding.path)}
                      aria-label={t('panel.finding.goto', 'Go to the field {field}: {message}', {
                        field: finding.path.join('.'),
                        message: text.finding(finding),
                      })}
                    >
                      <Typography variant="pi" textColor="primary600">
                        {finding.path.length ? `${finding.path.join('.')}: ` : ''}“{finding.match}”
                      </Typography>
                    </TextButton>
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {text.finding(finding)}
                    </Typography>
                  </li>
                ))}
                {check.findings.length > MAX_FINDINGS ? (
                  <Typography variant="pi" textColor="neutral600" tag="li">
                    {t('panel.finding.more', 'and {count} more', { count: check.findings.length - MAX_FINDINGS })}
                  </Typography>
                ) : null}
              </Flex>
            ) : null}
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};
