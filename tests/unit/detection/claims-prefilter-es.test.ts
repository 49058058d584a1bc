/**
 * The claim prefilter finds what a whole-text scan finds, for every rule of the es pack
 * (helpers/prefilter-equivalence.ts): the even rules here, the odd ones in
 * claims-prefilter-es-2.test.ts (one process compiling all of them runs out of V8's code space).
 */
import { es } from '../../../server/src/detection/claims/packs/es';
import { describePrefilterEquivalence } from './helpers/prefilter-equivalence';

describePrefilterEquivalence('es', es, { part: 0, of: 2 });
