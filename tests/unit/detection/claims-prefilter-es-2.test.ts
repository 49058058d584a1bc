/** The odd rules of the es pack for the prefilter equivalence (see claims-prefilter-es.test.ts). */
import { es } from '../../../server/src/detection/claims/packs/es';
import { describePrefilterEquivalence } from './helpers/prefilter-equivalence';

describePrefilterEquivalence('es', es, { part: 1, of: 2 });
