/** The claim prefilter finds what a whole-text scan finds, for every rule of the es pack (helpers/prefilter-equivalence.ts). */
import { es } from '../../../server/src/detection/claims/packs/es';
import { describePrefilterEquivalence } from './helpers/prefilter-equivalence';

describePrefilterEquivalence('es', es);
