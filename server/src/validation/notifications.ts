import { validateYupSchema, yup } from '@strapi/utils';
import { EMAIL_KINDS } from '../../../shared/contracts/notifications';

const kinds = yup
  .object(Object.fromEntries(EMAIL_KINDS.map((kind) => [kind, yup.boolean().strict().typeError(`kinds.${kind} must be true or false`)])))
  .noUnknown(true, `unknown email kinds: \${unknown} (allowed: ${EMAIL_KINDS.join(', ')})`)
  .required('kinds is required')
  .default(undefined);

/** Body of PUT /notifications/preferences: `{ kinds: { reviewReady?: boolean, … } }`. */
export const notificationPreferencesSchema = yup.object({ kinds }).noUnknown(true, 'unknown fields: ${unknown}').required();
export const validateNotificationPreferences = validateYupSchema(notificationPreferencesSchema);
