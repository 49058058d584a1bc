/** The claim prefilter finds what a whole-text scan finds, for every rule of the en pack (helpers/prefilter-equivalence.ts). */
import { en } from '../../../server/src/detection/claims/packs/en';
import { describePrefilterEquivalence } from './helpers/prefilter-equivalence';

describePrefilterEquivalence('en', en);
