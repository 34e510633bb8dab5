import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZ_PLACEWORD, GAZ_TOWN, featureOptionsOf, loadGazetteer, readClusters } from '../../src/ner/gazetteer.js';
import { N_LABELS } from '../../src/ner/labels.js';
import { DEFAULT_NER_MODEL_PATH, loadNerTagger } from '../../src/ner/index.js';
import { loadModel } from '../../src/ner/model.js';
import { averageWeights } from '../../src/ner/train.js';

describe('ner/options', () => {
  it('reads the optional features from a model header, none when absent or malformed', () => {
    const none = { clusters: 'off', towns: false, placeWords: false };
    expect(featureOptionsOf(undefined)).toEqual(none);
    expect(featureOptionsOf({ seed: 1 })).toEqual(none);
    expect(featureOptionsOf({ features: { clusters: 'cap', towns: true } })).toEqual({ clusters: 'cap', towns: true, placeWords: false });
    expect(featureOptionsOf({ features: { clusters: 'bogus', towns: 'yes', placeWords: true } })).toEqual({ ...none, placeWords: true });
  });

  it('adds US towns and place head words only for a model trained with them', () => {
    const plain = loadGazetteer();
    const towns = loadGazetteer(undefined, { clusters: 'off', towns: true, placeWords: true });
    expect(plain.phrases.get('winterset')).toBeUndefined();
    expect(towns.phrases.get('winterset')).toBe(GAZ_TOWN);
    expect(towns.phrases.get('rolling fork')).toBe(GAZ_TOWN);
    expect(plain.phrases.get('parish')).toBeUndefined();
    expect(towns.phrases.get('parish')).toBe(GAZ_PLACEWORD);
    expect(loadGazetteer(undefined, { clusters: 'off', towns: true, placeWords: true })).toBe(towns);
  });

  it('reads a word-class file (word, fine, coarse; "#" lines skipped)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-clusters-'));
    const path = join(dir, 'c.tsv');
    writeFileSync(path, '# header\nnokia\t12\t3\nwinterset\t0\t31\n');
    const c = readClusters(path);
    expect([...c.entries()]).toEqual([['nokia', 12 * 256 + 3], ['winterset', 31]]);
  });

  it('averages weight sets row by row, a missing row counting as zeros', () => {
    const row = (v: number): number[] => Array.from({ length: N_LABELS }, (_, l) => v * (l + 1));
    const a = { keys: Int32Array.from([7, 9]), w: Float32Array.from([...row(1), ...row(2)]) };
    const b = { keys: Int32Array.from([9, 4]), w: Float32Array.from([...row(4), ...row(6)]) };
    const m = averageWeights([a, b]);
    expect([...m.keys]).toEqual([7, 9, 4]);
    expect([...m.w]).toEqual([...row(0.5), ...row(3), ...row(3)]);
  });
});

describe('ner/committed model', () => {
  it('names its optional features in its header, and the tagger reads them', () => {
    const passes = loadModel(DEFAULT_NER_MODEL_PATH);
    expect(featureOptionsOf(passes[passes.length - 1].header.info)).toEqual({ clusters: 'cap', towns: true, placeWords: true });
  });

  it('tags small towns and place names with a head word as places', () => {
    const tokens = 'The storm flooded homes in Calcasieu Parish and in Howard Beach on Monday .'.split(' ');
    const spans = loadNerTagger().tagDocument([tokens])[0];
    expect(spans.map((s) => `${s.label}:${tokens.slice(s.start, s.end).join(' ')}`)).toEqual(['LOC:Calcasieu Parish', 'LOC:Howard Beach']);
  });
});
