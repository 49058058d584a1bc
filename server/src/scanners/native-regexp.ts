/**
 * Regexps compiled straight to machine code (docs/architecture.md, "Regexps and V8's code budget").
 *
 * V8 compiles a regexp on its first execution. On a subject shorter than 1,000 characters it
 * first compiles interpreter bytecode and compiles machine code on a later execution; on a
 * longer subject it compiles machine code at once. Every compilation, bytecode included, counts
 * against a per-process budget of about 1 MB of regexp code: past it (once the process also holds
 * 16 MB of executable code, as a Strapi server does), V8 compiles every further regexp without
 * its optimisations. The detectors' grammars compile to several MB of bytecode that is thrown
 * away after one execution, so the budget ran out early and regexps compiled later ran two to
 * three times slower, which ones depending on the order the scanners first ran in.
 *
 * `nativeRegExp` builds the regexp and runs it once on a neutral subject of more than 1,000
 * characters: V8 then compiles machine code for it right away (for the other string width too,
 * when it first meets one), and no bytecode is spent.
 */

/** Neutral Latin-1 prose, longer than V8's 1,000-character threshold. */
const PRIMING_SUBJECT = 'The front desk opens at eight; bring the forms, a photo ID and the list of questions. '.repeat(14);

/** Builds a RegExp and has V8 compile it to machine code at once (see above). Same semantics as `new RegExp`. */
export function nativeRegExp(source: string, flags?: string): RegExp {
  const re = new RegExp(source, flags);
  re.exec(PRIMING_SUBJECT);
  re.lastIndex = 0;
  return re;
}

/** The length of the priming subject (unit tests check it stays above V8's threshold). */
export const PRIMING_SUBJECT_LENGTH = PRIMING_SUBJECT.length;
