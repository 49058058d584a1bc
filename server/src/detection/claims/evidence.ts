/**
 * What counts as evidence for a health claim (README, "Checklist": claims.evidence): a DOI, a
 * PubMed id (PMID/PMCID), or a URL on a recognised evidence source — a journal or publisher,
 * PubMed/NCBI, Cochrane, a guideline body, a government health agency — or on a domain the site
 * lists in `evidenceDomains`. The clinic's own domains (`allowedDomains`) never count: "Book at
 * www.ourclinic.com" is not a citation.
 */

/** Hosts (and their subdomains) of journals, publishers, indexes and guideline bodies. */
export const EVIDENCE_HOSTS: readonly string[] = [
  'doi.org', 'ncbi.nlm.nih.gov', 'pubmed.gov', 'europepmc.org', 'cochranelibrary.com', 'cochrane.org', 'who.int', 'nice.org.uk',
  'nhs.uk', 'sign.ac.uk', 'ema.europa.eu', 'ecdc.europa.eu', 'canada.ca', 'nejm.org', 'thelancet.com', 'jamanetwork.com',
  'bmj.com', 'nature.com', 'science.org', 'sciencedirect.com', 'cell.com', 'springer.com', 'wiley.com', 'oup.com',
  'tandfonline.com', 'sagepub.com', 'plos.org', 'frontiersin.org', 'mdpi.com', 'biomedcentral.com', 'karger.com',
  'lww.com', 'ahajournals.org', 'acpjournals.org', 'diabetesjournals.org', 'aafp.org', 'acog.org', 'aap.org',
  'heart.org', 'acc.org', 'uspreventiveservicestaskforce.org', 'cancer.org', 'nccn.org', 'asco.org', 'idsociety.org',
  'thoracic.org', 'rheumatology.org', 'aad.org', 'aao.org', 'ada.org', 'endocrine.org', 'gastro.org', 'psychiatry.org',
  'medrxiv.org', 'biorxiv.org', 'annfammed.org', 'jwatch.org', 'uptodate.com', 'mayoclinicproceedings.org',
];

/** Government health agencies anywhere: *.gov, *.gov.uk, *.gov.au, *.gc.ca, *.europa.eu. */
const GOVERNMENT_HOST = /(?:^|\.)(?:gov|gov\.[a-z]{2}|gc\.ca|europa\.eu)$/;

/** A domain as configuration may write it: "https://www.Example.org/", "*.example.org". */
export function normaliseDomain(d: string): string {
  return d
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^\*\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** Is `host` the domain `d` or one of its subdomains? */
export function hostMatches(host: string, d: string): boolean {
  return d.length > 0 && (host === d || host.endsWith(`.${d}`));
}

/** A domain for `evidenceDomains`: labels of letters, digits and hyphens, and at least one dot. */
export const EVIDENCE_DOMAIN_RE = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export interface EvidencePolicy {
  /** The site's extra evidence sources (plugin config `evidenceDomains`). */
  evidenceDomains?: readonly string[];
  /** The clinic's own domains (plugin config `allowedDomains`, the controller's site): never evidence. */
  ownDomains?: readonly string[];
}

function hostOfUrl(ref: string): string | null {
  try {
    const url = new URL(/^www\./i.test(ref) ? `https://${ref}` : ref);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return normaliseDomain(url.hostname);
  } catch {
    return null;
  }
}

/**
 * Is one reference (as the scanners extract it: a DOI, "PMID 123", "PMC123" or a URL) a citation?
 */
export function isEvidenceReference(ref: string, policy: EvidencePolicy = {}): boolean {
  const r = ref.trim();
  if (/^10\.\d{4,9}\//.test(r) || /^doi:\s*10\.\d{4,9}\//i.test(r)) return true;
  if (/^(?:pmid|pubmed)/i.test(r) || /^pmc\d{4,9}$/i.test(r)) return true;
  const host = hostOfUrl(r);
  if (!host) return false;
  const own = (policy.ownDomains ?? []).map(normaliseDomain);
  if (own.some((d) => hostMatches(host, d))) return false;
  if (GOVERNMENT_HOST.test(host)) return true;
  if (EVIDENCE_HOSTS.some((d) => hostMatches(host, d))) return true;
  return (policy.evidenceDomains ?? []).map(normaliseDomain).some((d) => hostMatches(host, d));
}

/** Paragraphs of a text (split at blank lines, or at single line breaks in HTML-less rich text). */
export function paragraphOf(text: string, offset: number): { start: number; end: number } {
  const PARA = /\n[\t \u00a0]*\n|<\/p>|<br\s*\/?>\s*<br\s*\/?>/gi;
  let start = 0;
  let end = text.length;
  PARA.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARA.exec(text)) !== null) {
    if (m.index + m[0].length <= offset) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}
