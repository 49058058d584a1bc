import { createAccessService } from './access';
import { createAuditLog } from './audit-log';
import { createAuditKeys } from './audit-keys';
import { createAuditTexts } from './audit-texts';
import { createAuditWitness } from './audit-witness';
import { createChecksService } from './checks';
import { createConsentService } from './consents';
import { createConsentRegister } from './consent-register';
import { createDraftStatuses } from './draft-statuses';
import { createEntriesService } from './entries';
import { createEvidenceService } from './evidence';
import { createExpiryService } from './expiry';
import { createGate } from './gate';
import { createMarkedTypesService } from './marked-types';
import { createNotificationsService } from './notifications';
import { createOverviewService } from './overview';
import { createQueueService } from './queue';
import { createReviewsService } from './reviews';
import { createRulesService } from './rules';
import { createSettingsService } from './settings';
import { createUnpublisher } from './unpublisher';

export default {
  access: createAccessService,
  'audit-log': createAuditLog,
  'audit-keys': createAuditKeys,
  'audit-texts': createAuditTexts,
  'audit-witness': createAuditWitness,
  checks: createChecksService,
  consents: createConsentService,
  'consent-register': createConsentRegister,
  'draft-statuses': createDraftStatuses,
  entries: createEntriesService,
  evidence: createEvidenceService,
  expiry: createExpiryService,
  gate: createGate,
  'marked-types': createMarkedTypesService,
  notifications: createNotificationsService,
  overview: createOverviewService,
  queue: createQueueService,
  reviews: createReviewsService,
  rules: createRulesService,
  settings: createSettingsService,
  unpublisher: createUnpublisher,
};
