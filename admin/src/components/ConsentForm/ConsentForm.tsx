import { Flex } from '@strapi/design-system';
import { AuthorizationSection } from './sections/AuthorizationSection';
import { EvidenceSection } from './sections/EvidenceSection';
import { RecordDetailsSection } from './sections/RecordDetailsSection';
import { RemunerationSection } from './sections/RemunerationSection';
import { ScopeSection } from './sections/ScopeSection';
import { StatementsSection } from './sections/StatementsSection';
import { SubjectSection } from './sections/SubjectSection';
import { TermSection } from './sections/TermSection';

/**
 * Every field of a HIPAA 164.508 authorization (the `ConsentInput` contract), one section each.
 * Rendered inside a Strapi `Form` whose values are a `ConsentFormState` (utils/consentForm.ts):
 * each field reads and writes its path with `useField`, and shows that path's error.
 */
export const ConsentForm = () => (
  <Flex direction="column" alignItems="stretch" gap={4}>
    <SubjectSection />
    <AuthorizationSection />
    <TermSection />
    <StatementsSection />
    <RemunerationSection />
    <ScopeSection />
    <EvidenceSection />
    <RecordDetailsSection />
  </Flex>
);
