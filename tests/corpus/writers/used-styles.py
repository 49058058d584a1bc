#!/usr/bin/env python3
# Usage: used-styles.py <repo root> <out file>: the styles every development file already lists, one per line (validate.js refuses them).
import glob, json, sys
root, out = sys.argv[1], sys.argv[2]
styles = set()
for f in glob.glob(f'{root}/tests/corpus/*/*.json'):
    if f.endswith('.heldout.json'):
        continue
    for s in json.load(open(f)).get('styles', []):
        styles.add(s['style'])
open(out, 'w').write('\n'.join(sorted(styles)) + '\n')
print(len(styles), 'styles')
