"""Cut the repository's small test set out of the full CC BY 4.0 exports; rerun only to rebuild `nbs/testdata/raw`.

Usage: python nbs/testdata/cut_testdata.py [FULL_DATA_FOLDER]   (default ../shared/data; run from the project root)
The choice of photos is fixed by sorted names, so the output is the same on every run over the same exports.
"""
import json, shutil, sys
from collections import defaultdict
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else '../shared/data')/'raw'
DST = Path(__file__).resolve().parent/'raw'
COCO = '_annotations.coco.json'

def group(name): return name.split('.rf.')[0]

def cut_coco(split_dir, keep):
    "Copy the images named in `keep` and a COCO json holding only them and their annotations."
    d = json.loads((SRC/split_dir/COCO).read_text())
    ims = [im for im in d['images'] if im['file_name'] in keep]
    ids = {im['id'] for im in ims}
    out = dict(d, images=ims, annotations=[a for a in d['annotations'] if a['image_id'] in ids])
    (DST/split_dir).mkdir(parents=True, exist_ok=True)
    for im in ims: shutil.copy2(SRC/split_dir/im['file_name'], DST/split_dir/im['file_name'])
    (DST/split_dir/COCO).write_text(json.dumps(out, indent=1))
    return len(ims)

def names(split_dir): return sorted(im['file_name'] for im in json.loads((SRC/split_dir/COCO).read_text())['images'])

def cracks_valid():
    "Ten photos, the first being the one whose annotations have an empty `segmentation` (bbox fallback)."
    d = json.loads((SRC/'cracks/valid'/COCO).read_text())
    empty = {a['image_id'] for a in d['annotations'] if not a['segmentation']}
    first = [im['file_name'] for im in d['images'] if im['id'] in empty]
    rest = [n for n in names('cracks/valid') if n not in first][::20]
    return set(first[:1] + rest[:9])

def taping():
    "Four source photos with copies in both train and valid (two train copies, one valid), five with one train copy."
    by = defaultdict(lambda: defaultdict(list))
    for sp in ('train', 'valid'):
        for n in names(f'taping/{sp}'): by[group(n)][sp].append(n)
    both = sorted(g for g, v in by.items() if len(v['train']) >= 2 and v['valid'])[:4]
    single = sorted(g for g, v in by.items() if len(v['train']) == 1 and not v['valid'])[:5]
    train = {n for g in both for n in by[g]['train'][:2]} | {by[g]['train'][0] for g in single}
    return train, {by[g]['valid'][0] for g in both}

def cracks_train(n=8):
    "The first `n` images (by sorted name, every 90th) of the images/ + masks/ pair."
    ims = sorted((SRC/'cracks/train/images').glob('*.jpg'))[::90][:n]
    for sub in ('images', 'masks'): (DST/'cracks/train'/sub).mkdir(parents=True, exist_ok=True)
    for f in ims:
        shutil.copy2(f, DST/'cracks/train/images'/f.name)
        shutil.copy2(SRC/'cracks/train/masks'/f'{f.stem}.png', DST/'cracks/train/masks'/f'{f.stem}.png')
    return len(ims)

if __name__ == '__main__':
    if DST.exists(): shutil.rmtree(DST)
    tr, va = taping()
    counts = {'cracks/valid': cut_coco('cracks/valid', cracks_valid()),
              'cracks/test': cut_coco('cracks/test', set(names('cracks/test'))),
              'cracks/train': cracks_train(),
              'taping/train': cut_coco('taping/train', tr), 'taping/valid': cut_coco('taping/valid', va)}
    print(counts, sum(counts.values()), 'photos')
