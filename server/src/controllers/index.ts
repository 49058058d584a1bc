import audit from './audit';
import checks from './checks';
import consents from './consents';
import notifications from './notifications';
import overview from './overview';
import reviews from './reviews';
import settings from './settings';
import statuses from './statuses';
import waivers from './waivers';

export default { audit, checks, consents, notifications, overview, reviews, settings, statuses, waivers };
