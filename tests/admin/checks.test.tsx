import type { Check, Checklist } from '../../shared/contracts/checks';
import { checkOutcome, fieldNameCandidates, focusField, rowStatus, shortHash, sortChecks, summarizeChecklist } from '../../admin/src/utils/checks';

const check = (rule: string, status: Check['status'], severity: Check['severity'] = 'blocker', extra: Partial<Check> = {}): Check => ({
  rule,
  title: rule,
  severity,
  status,
  message: `${rule} ${status}`,
  findings: [],
  ...extra,
});

const checklist = (checks: Check[], passed = !checks.some((item) => item.status === 'fail' && item.severity === 'blocker')): Checklist => ({
  passed,
  contentHash: 'a3f9c2d17be04e5591aa',
  checks,
});

describe('check status summary', () => {
  it('shows a failing warning as a warning, not a failure', () => {
    expect(checkOutcome({ status: 'fail', severity: 'blocker' })).toBe('fail');
    expect(checkOutcome({ status: 'fail', severity: 'warning' })).toBe('warning');
    expect(checkOutcome({ status: 'pass', severity: 'blocker' })).toBe('pass');
    expect(checkOutcome({ status: 'skip', severity: 'warning' })).toBe('skip');
  });

  it('is blocked by a failing blocker and counts each outcome', () => {
    const summary = summarizeChecklist(
      checklist([
        check('consent.present', 'fail'),
        check('marketing.tone', 'fail', 'warning'),
        check('phi.scan', 'pass'),
        check('consent.valid', 'skip'),
        check('review.approval', 'fail', 'blocker', { details: { requiredRoles: ['privacy', 'medical'], missingRoles: ['medical'] } }),
      ]),
    );
    expect(summary.state).toBe('blocked');
    expect(summary.counts).toEqual({ pass: 1, fail: 2, warning: 1, skip: 1 });
    expect(summary.blockers.map((item) => item.rule)).toEqual(['consent.present', 'review.approval']);
    expect(summary.warnings.map((item) => item.rule)).toEqual(['marketing.tone']);
    expect(summary.missingRoles).toEqual(['medical']);
    expect(summary.shortHash).toBe('a3f9c2d1');
  });

  it('passes with warnings, and trusts the server when it says blocked', () => {
    expect(summarizeChecklist(checklist([check('marketing.tone', 'fail', 'warning'), check('phi.scan', 'pass')])).state).toBe('passed');
    expect(rowStatus(checklist([check('marketing.tone', 'fail', 'warning')]))).toBe('warnings');
    expect(rowStatus(checklist([check('phi.scan', 'pass')]))).toBe('passed');
    expect(rowStatus(checklist([check('phi.scan', 'pass')], false))).toBe('blocked');
    expect(shortHash(null)).toBe('');
  });

  it('lists failures first, then warnings, passes and skipped rules, keeping the server’s order within each', () => {
    const sorted = sortChecks([
      check('a', 'pass'),
      check('b', 'skip'),
      check('c', 'fail', 'warning'),
      check('d', 'fail'),
      check('e', 'pass'),
      check('f', 'fail'),
    ]);
    expect(sorted.map((item) => item.rule)).toEqual(['d', 'f', 'c', 'a', 'e', 'b']);
  });
});

describe('clicking a finding focuses its field', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('tries the full dotted path first, then its ancestors', () => {
    expect(fieldNameCandidates(['sections', 0, 'body'])).toEqual(['sections.0.body', 'sections.0', 'sections']);
    expect(fieldNameCandidates([])).toEqual([]);
  });

  it('focuses the input named after the path, or the closest ancestor that has one', () => {
    document.body.innerHTML = '<input name="quote" /><div><textarea name="sections.0"></textarea></div>';
    expect(focusField(['quote'])).toBe(true);
    expect(document.activeElement).toBe(document.querySelector('[name="quote"]'));
    expect(focusField(['sections', '0', 'body'])).toBe(true);
    expect(document.activeElement).toBe(document.querySelector('[name="sections.0"]'));
    expect(focusField(['missing'])).toBe(false);
  });
});
