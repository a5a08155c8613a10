// The model's binary format. Weights are kept per hashed feature (a row of NT tag weights), quantised to int8
// with one global scale; only rows with a weight worth keeping are stored, and inside a row only the non-zero
// weights (a bit mask says which tags). The bytes are shipped base64-encoded in model.json.
//
//   "BNR1", u8 featureVersion, u8 bits, u8 nt, u8 0, f32 scale, u32 rows,
//   rows × varint (bucket id delta from the previous row),
//   rows × (ceil(nt/8) bytes mask, then one int8 per set bit)

export interface PackedModel {
  featureVersion: number;
  bits: number;
  nt: number;
  /** bucket id -> row number, or -1 */
  index: Int32Array;
  /** rows × nt weights, in units of `scale` (as stored) */
  q: Int8Array;
  /** the weight of one unit */
  scale: number;
}

/** Quantises and packs dense weights (DIM × nt); rows whose largest weight is below `prune` are dropped. */
export function packModel(weights: Float32Array, bits: number, nt: number, featureVersion: number, prune: number, clip = 0.9999): Uint8Array {
  const dim = 1 << bits;
  // scale from a high percentile of the kept weights, so that one outlier does not flatten the rest
  const kept: number[] = [];
  const rowsKept: number[] = [];
  for (let r = 0; r < dim; r++) {
    let max = 0;
    for (let t = 0; t < nt; t++) max = Math.max(max, Math.abs(weights[r * nt + t]));
    if (max >= prune) {
      rowsKept.push(r);
      for (let t = 0; t < nt; t++) { const v = Math.abs(weights[r * nt + t]); if (v > 0) kept.push(v); }
    }
  }
  kept.sort((a, b) => a - b);
  const top = kept.length ? kept[Math.min(kept.length - 1, Math.floor(clip * kept.length))] : 1;
  const scale = top / 127;
  const maskBytes = (nt + 7) >> 3;
  const out: number[] = [];
  const u8 = (v: number): void => { out.push(v & 255); };
  for (const ch of 'BNR1') u8(ch.charCodeAt(0));
  u8(featureVersion); u8(bits); u8(nt); u8(0);
  const f = new Uint8Array(new Float32Array([scale]).buffer);
  for (const b of f) u8(b);
  const n = rowsKept.length;
  u8(n); u8(n >>> 8); u8(n >>> 16); u8(n >>> 24);
  let prev = 0;
  for (const r of rowsKept) {
    let d = r - prev;
    prev = r;
    while (d >= 128) { u8((d & 127) | 128); d >>>= 7; }
    u8(d);
  }
  for (const r of rowsKept) {
    const q: number[] = [];
    let mask = 0;
    for (let t = 0; t < nt; t++) {
      const v = Math.max(-127, Math.min(127, Math.round(weights[r * nt + t] / scale)));
      if (v !== 0) { mask |= 1 << t; q.push(v); }
    }
    for (let b = 0; b < maskBytes; b++) u8(mask >>> (8 * b));
    for (const v of q) u8(v < 0 ? v + 256 : v);
  }
  return Uint8Array.from(out);
}

export function unpackModel(bytes: Uint8Array): PackedModel {
  if (String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== 'BNR1') throw new Error('NER model: bad header');
  const featureVersion = bytes[4], bits = bytes[5], nt = bytes[6];
  const scale = new Float32Array(bytes.slice(8, 12).buffer)[0];
  const n = (bytes[12] | (bytes[13] << 8) | (bytes[14] << 16) | (bytes[15] << 24)) >>> 0;
  let p = 16;
  const index = new Int32Array(1 << bits).fill(-1);
  const keys = new Int32Array(n);
  let prev = 0;
  for (let r = 0; r < n; r++) {
    let d = 0, shift = 0, b: number;
    do { b = bytes[p++]; d |= (b & 127) << shift; shift += 7; } while (b & 128);
    prev += d;
    keys[r] = prev;
    index[prev] = r;
  }
  const q = new Int8Array(n * nt);
  const maskBytes = (nt + 7) >> 3;
  for (let r = 0; r < n; r++) {
    let mask = 0;
    for (let b = 0; b < maskBytes; b++) mask |= bytes[p++] << (8 * b);
    for (let t = 0; t < nt; t++) {
      if (!(mask & (1 << t))) continue;
      const v = bytes[p++];
      q[r * nt + t] = v > 127 ? v - 256 : v;
    }
  }
  if (p !== bytes.length) throw new Error('NER model: trailing bytes');
  return { featureVersion, bits, nt, index, q, scale };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i], b = bytes[i + 1] ?? 0, c = bytes[i + 2] ?? 0;
    const v = (a << 16) | (b << 8) | c;
    s += B64[v >> 18] + B64[(v >> 12) & 63] + (i + 1 < bytes.length ? B64[(v >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[v & 63] : '=');
  }
  return s;
}

export function fromBase64(s: string): Uint8Array {
  const lut = new Uint8Array(128);
  for (let i = 0; i < 64; i++) lut[B64.charCodeAt(i)] = i;
  let len = (s.length >> 2) * 3;
  if (s.endsWith('==')) len -= 2;
  else if (s.endsWith('=')) len -= 1;
  const out = new Uint8Array(len);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const v = (lut[s.charCodeAt(i)] << 18) | (lut[s.charCodeAt(i + 1)] << 12) | (lut[s.charCodeAt(i + 2)] << 6) | lut[s.charCodeAt(i + 3)];
    if (o < len) out[o++] = v >> 16;
    if (o < len) out[o++] = (v >> 8) & 255;
    if (o < len) out[o++] = v & 255;
  }
  return out;
}
