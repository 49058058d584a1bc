/** Pure text scanners used by the compliance rules; nothing here imports Strapi. */
export * from './types';
export { collectText, segmentsFromStrings } from './collect-text';
export { scanPhi, scanPhiText, isPersonalUrl, isValidVin } from './phi';
export type { PhiOptions, PhiKind } from './phi';
export {
  scanProhibitedClaims,
  findEstablishmentClaims,
  findHealthClaims,
  hasReferenceText,
  extractReferences,
  HEALTH_TERMS,
} from './claims';
export type { ProhibitedClaimKind, ProhibitedClaimOptions } from './claims';
export { findMaterialConnectionDisclosure, findOutcomeStatements, findTypicalResultsStatement } from './disclosure';
export { measureTone, DEFAULT_TONE_THRESHOLD } from './tone';
export type { ToneOptions, ToneReport } from './tone';
export { isNegated } from './match-utils';
