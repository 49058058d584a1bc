#!/usr/bin/env python3
# Usage: split.py <batch-file.json> <dest-dir> <part> <seed>: a random fifth to <family>.<part>.heldout.json
import json, random, sys
src, dest, part, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
d = json.load(open(src))
n = len(d['texts'])
held = set(random.Random(seed).sample(range(n), n // 5))
for name, keep in ((f"{d['family']}.{part}.json", lambda i: i not in held), (f"{d['family']}.{part}.heldout.json", lambda i: i in held)):
    out = dict(d); out['texts'] = [t for i, t in enumerate(d['texts']) if keep(i)]
    with open(f"{dest}/{d['language']}/{name}", 'w') as f:
        json.dump(out, f, ensure_ascii=False, indent=2); f.write('\n')
    print(name, len(out['texts']))
