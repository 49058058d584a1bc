import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The direction of the dependencies between the plugin's services, read from their
 * `getService(strapi, '<name>')` calls (docs/architecture.md#service-dependencies).
 */
const dir = join(__dirname, '../../server/src/services');
const index = readFileSync(join(dir, 'index.ts'), 'utf8');
const modules = new Map([...index.matchAll(/import \{ (\w+) \} from '\.\/([\w/-]+)'/g)].map((match) => [match[1], match[2]]));
const services = new Map([...index.matchAll(/^\s+'?([\w-]+)'?: (\w+),$/gm)].map((match) => [match[1], modules.get(match[2]) ?? '']));

const sourceOf = (module: string): string => {
  if (existsSync(join(dir, `${module}.ts`))) return readFileSync(join(dir, `${module}.ts`), 'utf8');
  const folder = join(dir, module);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
};

const graph = new Map(
  [...services].map(([name, module]) => [
    name,
    new Set([...sourceOf(module).matchAll(/getService\(strapi, '([\w-]+)'\)/g)].map((match) => match[1]).filter((other) => other !== name)),
  ])
);

const reachable = (from: string): Set<string> => {
  const seen = new Set<string>();
  const stack = [...(graph.get(from) ?? [])];
  while (stack.length) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
  return seen;
};

describe('service dependencies', () => {
  it('reads every service of services/index.ts', () => {
    expect(graph.size).toBeGreaterThan(20);
    expect(graph.get('checks')).toContain('rules');
  });

  it('lets the rule engine read consents, reviews and waivers from their repositories, never through the services that record them', () => {
    const fromChecks = reachable('checks');
    expect(fromChecks).not.toContain('consents');
    expect(fromChecks).not.toContain('reviews');
    expect(fromChecks).not.toContain('waivers');
    expect(fromChecks).not.toContain('status-job');
    // The writers depend on the engine, through the stored statuses.
    expect(reachable('consents')).toContain('checks');
    expect(reachable('reviews')).toContain('checks');
    expect(reachable('waivers')).toContain('checks');
  });

  it('has no dependency cycle other than the known ones', () => {
    const inCycle = [...graph.keys()].filter((name) => reachable(name).has(name)).sort();
    // audit-log <-> audit-texts: an append stores texts, a redaction appends.
    expect(inCycle).toEqual(['audit-log', 'audit-texts']);
  });
});
