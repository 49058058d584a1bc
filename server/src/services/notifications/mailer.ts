import type { Core } from '@strapi/strapi';
import type { NotificationsConfig } from '../../config/resolve';
import type { Email } from '../../domain/notifications/emails';

type EmailService = { send(options: { to: string; from?: string; subject: string; text: string; html: string }): Promise<unknown> };

/**
 * Sends through Strapi's email plugin with whatever provider the app configured. Strapi's default
 * provider (sendmail, which needs a local mail server) counts as not configured unless
 * `notifications.email` is true.
 */
export const createMailer = (strapi: Core.Strapi, config: () => NotificationsConfig) => {
  const service = () => strapi.plugin('email')?.service('email') as EmailService | undefined;

  const enabled = () => {
    const explicit = config().email;
    if (explicit === false || !service()) return false;
    if (explicit === true) return true;
    const provider = String((strapi.config.get('plugin::email') as { provider?: string } | undefined)?.provider ?? 'sendmail');
    return provider.toLowerCase() !== 'sendmail';
  };

  const send = async (to: string, email: Email) => {
    const mail = service();
    if (!mail) throw new Error('the email plugin is not installed');
    const from = config().from;
    await mail.send({ to, ...(from ? { from } : {}), subject: email.subject, text: email.text, html: email.html });
  };

  return { enabled, send };
};

export type Mailer = ReturnType<typeof createMailer>;
