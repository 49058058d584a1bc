import { createAccessService } from './access';
import { createAuditLog } from './audit-log';
import { createAuditKeys } from './audit-keys';
import { createAuditTexts } from './audit-texts';
import { createAuditWitness } from './audit-witness';
import { createChecksService } from './checks';
import { createConsentService } from './consents';
import { createConsentRegister } from './consent-register';
import { createDraftStatuses } from './draft-statuses';
import { createEditHistory } from './edit-history';
import { createEntriesService } from './entries';
import { createEvidenceService } from './evidence';
import { createExpiryService } from './expiry';
import { createGate } from './gate';
import { createMarkedTypesService } from './marked-types';
import { createNotificationsService } from './notifications';
import { createOverviewService } from './overview';
import { createMediaGuard } from './media-guard';
import { createQueueService } from './queue';
import { createReviewsService } from './reviews';
import { createRulesService } from './rules';
import { createSettingsService } from './settings';
import { createStatusesService } from './statuses';
import { createStatusJob } from './status-job';
import { createSigningService } from './signing';
import { createUnpublisher } from './unpublisher';
import { createWaiversService } from './waivers';

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
  'edit-history': createEditHistory,
  entries: createEntriesService,
  evidence: createEvidenceService,
  expiry: createExpiryService,
  gate: createGate,
  'marked-types': createMarkedTypesService,
  notifications: createNotificationsService,
  overview: createOverviewService,
  'media-guard': createMediaGuard,
  queue: createQueueService,
  reviews: createReviewsService,
  rules: createRulesService,
  settings: createSettingsService,
  signing: createSigningService,
  statuses: createStatusesService,
  'status-job': createStatusJob,
  unpublisher: createUnpublisher,
  waivers: createWaiversService,
};
