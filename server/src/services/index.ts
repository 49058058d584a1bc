import { createAuditLog } from './audit-log';
import { createChecksService } from './checks';
import { createConsentService } from './consents';
import { createConsentRegister } from './consent-register';
import { createEditHistory } from './edit-history';
import { createEntriesService } from './entries';
import { createExpiryService } from './expiry';
import { createGate } from './gate';
import { createMarkedTypesService } from './marked-types';
import { createMediaGuard } from './media-guard';
import { createQueueService } from './queue';
import { createReviewsService } from './reviews';
import { createRulesService } from './rules';
import { createSettingsService } from './settings';
import { createSigningService } from './signing';
import { createUnpublisher } from './unpublisher';

export default {
  'audit-log': createAuditLog,
  checks: createChecksService,
  consents: createConsentService,
  'consent-register': createConsentRegister,
  'edit-history': createEditHistory,
  entries: createEntriesService,
  expiry: createExpiryService,
  gate: createGate,
  'marked-types': createMarkedTypesService,
  'media-guard': createMediaGuard,
  queue: createQueueService,
  reviews: createReviewsService,
  rules: createRulesService,
  settings: createSettingsService,
  signing: createSigningService,
  unpublisher: createUnpublisher,
};
