import type { ConsentLinkInfo, EntryLink } from '../../../../shared/contracts/notifications';

/**
 * The plugin's emails. They name entries by content type and id and link to the admin; a title
 * appears only when the caller passes one (config `notifications.includeTitles`). Subject names,
 * matched text, comments and revocation reasons never appear: an email leaves the admin.
 */

export interface EmailEntry {
  entry: EntryLink;
  typeName: string;
  title?: string;
}

export interface Email {
  subject: string;
  text: string;
  html: string;
}

export type EmailContent =
  | { kind: 'reviewReady'; items: Array<EmailEntry & { role: string }>; queueUrl: string }
  | { kind: 'consentExpiring'; consent: ConsentLinkInfo; expiresAt: string; daysLeft: number; entries: EmailEntry[] }
  | { kind: 'entriesUnpublished'; consent: ConsentLinkInfo; status: 'revoked' | 'expired'; entries: EmailEntry[] }
  | { kind: 'reviewDecision'; item: EmailEntry; role: string; decision: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);

const label = ({ typeName, entry, title }: EmailEntry) =>
  `${typeName} ${entry.documentId}${entry.locale ? ` (${entry.locale})` : ''}${title ? ` “${title}”` : ''}`;

const shortId = (value: string) => value.slice(0, 8);

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

interface Parts {
  subject: string;
  intro: string;
  lines: Array<{ text: string; url: string }>;
  outro?: string;
}

const render = ({ subject, intro, lines, outro }: Parts, preferencesUrl: string): Email => {
  const footer = `You get this email from the Compliance plugin. Choose which emails you receive: ${preferencesUrl}`;
  const text = [intro, '', ...lines.map((line) => `- ${line.text}: ${line.url}`), ...(outro ? ['', outro] : []), '', footer].join('\n');
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    lines.length ? `<ul>${lines.map((line) => `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.text)}</a></li>`).join('')}</ul>` : '',
    outro ? `<p>${escapeHtml(outro)}</p>` : '',
    `<p style="color:#666;font-size:12px">${escapeHtml('You get this email from the Compliance plugin.')} <a href="${escapeHtml(preferencesUrl)}">Choose which emails you receive</a>.</p>`,
  ].join('');
  return { subject, text, html };
};

export const composeEmail = (content: EmailContent, preferencesUrl: string): Email => {
  switch (content.kind) {
    case 'reviewReady': {
      const roles = [...new Set(content.items.map((item) => item.role))];
      return render(
        {
          subject: `[Compliance] ${plural(content.items.length, 'entry is', 'entries are')} ready for your review`,
          intro: `Every other check passes on these entries: they wait for the ${roles.join(', ')} review.`,
          lines: content.items.map((item) => ({ text: `${label(item)}: ${item.role} review`, url: item.entry.adminUrl })),
          outro: `The review queue: ${content.queueUrl}`,
        },
        preferencesUrl
      );
    }
    case 'consentExpiring':
      return render(
        {
          subject: `[Compliance] A consent expires in ${plural(content.daysLeft, 'day', 'days')} (${content.expiresAt.slice(0, 10)})`,
          intro: `Consent ${shortId(content.consent.receiptId)} (receipt ${content.consent.receiptId}) expires on ${content.expiresAt.slice(0, 10)}. It covers ${plural(content.entries.length, 'entry', 'entries')}; when it expires, published entries no other consent covers are unpublished.`,
          lines: [{ text: 'The consent', url: content.consent.adminUrl }, ...content.entries.map((item) => ({ text: label(item), url: item.entry.adminUrl }))],
        },
        preferencesUrl
      );
    case 'entriesUnpublished':
      return render(
        {
          subject: `[Compliance] ${plural(content.entries.length, 'entry was', 'entries were')} unpublished: a consent was ${content.status}`,
          intro: `Consent ${shortId(content.consent.receiptId)} (receipt ${content.consent.receiptId}) was ${content.status}. These published entries lost their last active consent and were unpublished:`,
          lines: [...content.entries.map((item) => ({ text: label(item), url: item.entry.adminUrl })), { text: 'The consent', url: content.consent.adminUrl }],
        },
        preferencesUrl
      );
    case 'reviewDecision': {
      const approved = content.decision === 'approved';
      return render(
        {
          subject: `[Compliance] ${content.role} review ${approved ? 'approved' : 'requested changes to'} ${content.item.typeName} ${content.item.entry.documentId}`,
          intro: approved
            ? `The ${content.role} review approved your entry ${label(content.item)}.`
            : `The ${content.role} review requested changes to your entry ${label(content.item)}. Open it to read the reviewer's comment.`,
          lines: [{ text: label(content.item), url: content.item.entry.adminUrl }],
        },
        preferencesUrl
      );
    }
    default:
      return assertNever(content);
  }
};

const assertNever = (value: never): never => {
  throw new Error(`unknown email kind ${JSON.stringify(value)}`);
};

