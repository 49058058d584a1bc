import audit from './audit';
import checks from './checks';
import consents from './consents';
import reviews from './reviews';
import settings from './settings';

export default { audit, checks, consents, reviews, settings };
