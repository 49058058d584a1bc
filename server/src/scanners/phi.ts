/**
 * HIPAA Safe Harbor identifier scanner: a thin adapter over the PHI detector in
 * server/src/detection/phi, kept so the scanners stay one import for the rules.
 */
export { scanPhi, scanPhiText, isPersonalUrl, isValidVin } from '../detection/phi';
export type { PhiOptions, PhiKind } from '../detection/phi';
