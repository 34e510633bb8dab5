// Weight storage: an open-addressing table from feature hash to row, and rows of per-label weights.
// On disk (models/ner.bin): gzip of [magic "NER1", u32 header length, JSON header, i32 keys[rows],
// f32 scales[rows], i8 weights[rows * labels]]; weights are quantised with one scale per row.
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { NerModelError } from './types.js';

export class FeatTable {
  /** open addressing: slots[2j] = key (0 = empty), slots[2j + 1] = row */
  private slots: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
  }

  /** Row of a feature, or -1. Key 0 is never stored. */
  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = (key ^ (key >>> 15)) & mask;
    for (;;) {
      const k = slots[i << 1];
      if (k === key) return slots[(i << 1) + 1];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Row of a feature, adding it with the next row number if absent. */
  add(key: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let i = (key ^ (key >>> 15)) & this.mask;
    for (;;) {
      const k = this.slots[i << 1];
      if (k === key) return this.slots[(i << 1) + 1];
      if (k === 0) {
        this.slots[i << 1] = key;
        this.slots[(i << 1) + 1] = this.size;
        return this.size++;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Calls fn(key, row) for every stored feature. */
  forEach(fn: (key: number, row: number) => void): void {
    for (let j = 0; j < this.slots.length; j += 2) if (this.slots[j] !== 0) fn(this.slots[j], this.slots[j + 1]);
  }

  /** Keys in row order. */
  keysByRow(): Int32Array {
    const keys = new Int32Array(this.size);
    this.forEach((k, r) => { keys[r] = k; });
    return keys;
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    for (let j = 0; j < old.length; j += 2) {
      const key = old[j];
      if (key === 0) continue;
      let i = (key ^ (key >>> 15)) & this.mask;
      while (this.slots[i << 1] !== 0) i = (i + 1) & this.mask;
      this.slots[i << 1] = key;
      this.slots[(i << 1) + 1] = old[j + 1];
    }
  }
}

export interface ModelHeader {
  version: 1;
  labels: string[];
  scale: number;
  rows: number;
  /** training details, for the record */
  info?: Record<string, unknown>;
}

export interface Weights {
  header: ModelHeader;
  table: FeatTable;
  /** rows * labels, dequantised */
  w: Float32Array;
  nLabels: number;
}

const MAGIC = 0x3152454e; // "NER1" little-endian

/** Quantises one weight set to bytes (uncompressed): int8 weights with one float scale per row. */
export function encodeWeights(keys: Int32Array, w: Float32Array, nLabels: number, header: Omit<ModelHeader, 'scale' | 'rows'>): Buffer {
  const rows = keys.length;
  const scales = new Float32Array(rows);
  const q = new Int8Array(rows * nLabels);
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let l = 0; l < nLabels; l++) max = Math.max(max, Math.abs(w[r * nLabels + l]));
    const scale = max > 0 ? max / 127 : 1;
    scales[r] = scale;
    for (let l = 0; l < nLabels; l++) q[r * nLabels + l] = Math.round(w[r * nLabels + l] / scale);
  }
  const head = Buffer.from(JSON.stringify({ ...header, scale: 0, rows }), 'utf8');
  const pre = Buffer.alloc(8);
  pre.writeUInt32LE(MAGIC, 0);
  pre.writeUInt32LE(head.length, 4);
  const pad = Buffer.alloc((4 - ((8 + head.length) % 4)) % 4);
  return Buffer.concat([pre, head, pad, Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), Buffer.from(scales.buffer), Buffer.from(q.buffer)]);
}

/** Writes one or more weight sets (tagging passes) gzipped into one file; returns its size. */
export function saveModel(path: string, stages: Buffer[]): number {
  const parts: Buffer[] = [];
  const count = Buffer.alloc(4);
  count.writeUInt32LE(stages.length, 0);
  parts.push(count);
  for (const b of stages) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(b.length, 0);
    parts.push(len, b);
  }
  const gz = gzipSync(Buffer.concat(parts), { level: 9 });
  writeFileSync(path, gz);
  return gz.length;
}

export function loadModel(path: string): Weights[] {
  let raw: Buffer;
  try {
    raw = gunzipSync(readFileSync(path));
  } catch (err) {
    throw new NerModelError(`cannot read NER model "${path}": ${(err as Error).message}. Try: npm run train:ner`);
  }
  const count = raw.readUInt32LE(0);
  const out: Weights[] = [];
  let off = 4;
  for (let s = 0; s < count; s++) {
    const len = raw.readUInt32LE(off);
    out.push(decodeWeights(path, Buffer.from(raw.subarray(off + 4, off + 4 + len))));
    off += 4 + len;
  }
  return out;
}

function decodeWeights(path: string, raw: Buffer): Weights {
  if (raw.length < 8 || raw.readUInt32LE(0) !== MAGIC) throw new NerModelError(`"${path}" is not an NER model (bad magic). Try: npm run train:ner`);
  const hlen = raw.readUInt32LE(4);
  const header = JSON.parse(raw.subarray(8, 8 + hlen).toString('utf8')) as ModelHeader;
  const nLabels = header.labels.length;
  let off = 8 + hlen;
  off += (4 - (off % 4)) % 4;
  const keys = new Int32Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + header.rows * 4));
  off += header.rows * 4;
  const scales = new Float32Array(raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + header.rows * 4));
  off += header.rows * 4;
  const q = new Int8Array(raw.buffer, raw.byteOffset + off, header.rows * nLabels);
  const w = new Float32Array(q.length);
  for (let r = 0; r < header.rows; r++) {
    const sc = scales[r];
    for (let l = 0; l < nLabels; l++) w[r * nLabels + l] = q[r * nLabels + l] * sc;
  }
  const table = new FeatTable(header.rows);
  for (let r = 0; r < keys.length; r++) table.add(keys[r]);
  return { header, table, w, nLabels };
}
