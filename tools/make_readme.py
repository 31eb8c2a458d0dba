#!/usr/bin/env python
"""Write README.md from nbs/index.ipynb, or with --check say whether README.md is in step with it.

The notebook is executed from nbs/ (execnb, no Jupyter kernel), so its cells read what they read in the docs and in
`nbdev_test`. Markdown cells are copied as they are; code cells marked `#| hide` are left out; other code cells show
their source in a ```python fence unless marked `#| echo: false`, then their output: text/markdown as it is, else
text/plain or printed text in a plain fence. Relative links and images, written for the notebook's folder, are
rewritten for the repository root (`01_data.ipynb` becomes `nbs/01_data.ipynb`, `../BENCHMARKS.md` becomes
`BENCHMARKS.md`).
"""
from __future__ import annotations
import argparse, os, posixpath, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NBS, NB, README = ROOT/'nbs', ROOT/'nbs/index.ipynb', ROOT/'README.md'
HEADER = '<!-- Generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, then run that script. -->'
LINK = re.compile(r'(!?\[[^\]]*\]\()([^)\s]+)(\))')


def directives(source: str) -> dict:
    "The cell's leading `#| key: value` lines as a dict (`#| hide` gives {'hide': True})."
    out = {}
    for line in source.splitlines():
        if not line.startswith('#|'): break
        key, _, value = line[2:].strip().partition(':')
        out[key.strip()] = value.strip() if value.strip() else True
    return out


def without_directives(source: str) -> str:
    lines = source.splitlines()
    while lines and lines[0].startswith('#|'): lines.pop(0)
    return '\n'.join(lines).strip('\n')


def from_root(md: str) -> str:
    "Markdown with its relative links and images rewritten from nbs/ to the repository root."
    def fix(m):
        target = m.group(2)
        if re.match(r'^([a-z][a-z0-9+.-]*:|#|/)', target, re.I): return m.group(0)
        return m.group(1) + posixpath.normpath(posixpath.join('nbs', target)) + m.group(3)
    parts = re.split(r'(^```.*?^```)', md, flags=re.M | re.S)        # leave fenced code alone
    return ''.join(p if p.startswith('```') else LINK.sub(fix, p) for p in parts)


def outputs_md(outputs: list) -> list[str]:
    blocks = []
    for o in outputs:
        kind = o.get('output_type')
        if kind == 'error': raise RuntimeError(f"nbs/index.ipynb: {o.get('ename')}: {o.get('evalue')}")
        if kind == 'stream':
            if o.get('name') == 'stdout': blocks.append(''.join(o['text']).strip('\n'))
            continue
        data = o.get('data', {})
        if 'text/markdown' in data: blocks.append(''.join(data['text/markdown']).strip('\n'))
        elif 'text/plain' in data and not any(k.startswith('image/') for k in data):
            blocks.append('```\n' + ''.join(data['text/plain']).strip('\n') + '\n```')
    return [b for b in blocks if b]


def render() -> str:
    "README.md's text: nbs/index.ipynb executed from nbs/ and written as markdown."
    from execnb.nbio import read_nb
    from execnb.shell import CaptureShell
    nb = read_nb(NB)
    for c in nb.cells:
        if c.cell_type == 'code': c.outputs = []           # this run's outputs only, not the stored ones
    cwd = os.getcwd()
    os.chdir(NBS)
    try:
        shell = CaptureShell(path=NBS)
        shell.run_all(nb, exc_stop=True, preproc=lambda c: c.cell_type != 'code' or
                      directives(c.source).get('eval') == 'false')
    finally: os.chdir(cwd)
    blocks = [HEADER]
    for cell in nb.cells:
        if cell.cell_type == 'markdown':
            blocks.append(cell.source.strip('\n'))
            continue
        if cell.cell_type != 'code': continue
        d = directives(cell.source)
        if d.get('hide') is True or d.get('include') == 'false': continue
        if d.get('echo') != 'false' and without_directives(cell.source):
            blocks.append('```python\n' + without_directives(cell.source) + '\n```')
        blocks += outputs_md(cell.get('outputs', []))
    return from_root('\n\n'.join(blocks)) + '\n'


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--check', action='store_true', help='exit 1 if README.md differs from what would be written')
    args = p.parse_args(argv)
    text = render()
    if args.check:
        if not README.exists() or README.read_text() != text:
            print('README.md is out of sync with nbs/index.ipynb (run python tools/make_readme.py)')
            return 1
        return 0
    README.write_text(text)
    print(f'wrote {README.relative_to(ROOT)} ({len(text.encode())} bytes)')
    return 0


if __name__ == '__main__': sys.exit(main())
