import { createAccessService } from './access';
import { createAuditLog } from './audit-log';
import { createChecksService } from './checks';
import { createConsentService } from './consents';
import { createConsentRegister } from './consent-register';
import { createEntriesService } from './entries';
import { createEvidenceService } from './evidence';
import { createExpiryService } from './expiry';
import { createGate } from './gate';
import { createMarkedTypesService } from './marked-types';
import { createQueueService } from './queue';
import { createReviewsService } from './reviews';
import { createRulesService } from './rules';
import { createSettingsService } from './settings';
import { createUnpublisher } from './unpublisher';

export default {
  access: createAccessService,
  'audit-log': createAuditLog,
  checks: createChecksService,
  consents: createConsentService,
  'consent-register': createConsentRegister,
  entries: createEntriesService,
  evidence: createEvidenceService,
  expiry: createExpiryService,
  gate: createGate,
  'marked-types': createMarkedTypesService,
  queue: createQueueService,
  reviews: createReviewsService,
  rules: createRulesService,
  settings: createSettingsService,
  unpublisher: createUnpublisher,
};
