// Generates bn254-vectors.json: EIP-196/EIP-197 input/output pairs computed with an independent
// implementation, @noble/curves (bn254 export, Ethereum encoding).
//
//   mkdir -p /tmp/oracle-bn254 && cd /tmp/oracle-bn254 && npm install @noble/curves@2.4.0
//   NODE_PATH=/tmp/oracle-bn254/node_modules node generate.mjs > bn254-vectors.json
//
// Randomness is a SHA-256 counter stream, so the output is reproducible.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = process.env.NODE_PATH ?? '/tmp/oracle-bn254/node_modules';
const { bn254 } = await import(require.resolve('@noble/curves/bn254.js', { paths: [root] }));

const G1 = bn254.G1.Point;
const G2 = bn254.G2.Point;
const r = bn254.fields.Fr.ORDER;

let counter = 0;
function randomScalar() {
  const digest = createHash('sha256').update(`zexus-bn254-${counter++}`).digest('hex');
  return (BigInt('0x' + digest) % (r - 1n)) + 1n;
}

const word = (n) => n.toString(16).padStart(64, '0');
const fp2 = (e) => word(e.c1) + word(e.c0); // EIP-197: imaginary part first
function g1(point) {
  if (point.equals(G1.ZERO)) return word(0n) + word(0n);
  const { x, y } = point.toAffine();
  return word(x) + word(y);
}
function g2(point) {
  if (point.equals(G2.ZERO)) return word(0n).repeat(4);
  const { x, y } = point.toAffine();
  return fp2(x) + fp2(y);
}

const add = [];
const mul = [];
const pairing = [];

for (let i = 0; i < 8; i++) {
  const a = G1.BASE.multiply(randomScalar());
  const b = G1.BASE.multiply(randomScalar());
  add.push({ name: `random-${i}`, input: g1(a) + g1(b), output: g1(a.add(b)) });
}
{
  const a = G1.BASE.multiply(randomScalar());
  add.push({ name: 'doubling', input: g1(a) + g1(a), output: g1(a.double()) });
  add.push({ name: 'inverse', input: g1(a) + g1(a.negate()), output: g1(G1.ZERO) });
  add.push({ name: 'infinity-left', input: g1(G1.ZERO) + g1(a), output: g1(a) });
  add.push({ name: 'infinity-right', input: g1(a) + g1(G1.ZERO), output: g1(a) });
  add.push({ name: 'infinity-both', input: g1(G1.ZERO) + g1(G1.ZERO), output: g1(G1.ZERO) });
  add.push({ name: 'generators', input: g1(G1.BASE) + g1(G1.BASE), output: g1(G1.BASE.double()) });
}

const mod = (k) => ((k % r) + r) % r;
const times = (point, k) => (mod(k) === 0n ? G1.ZERO : point.multiply(mod(k)));
for (let i = 0; i < 8; i++) {
  const p = G1.BASE.multiply(randomScalar());
  const k = randomScalar();
  mul.push({ name: `random-${i}`, input: g1(p) + word(k), output: g1(times(p, k)) });
}
{
  const p = G1.BASE.multiply(randomScalar());
  const max = (1n << 256n) - 1n;
  for (const [name, k] of [['zero', 0n], ['one', 1n], ['two', 2n], ['order', r], ['order-minus-one', r - 1n],
    ['order-plus-one', r + 1n], ['max', max]]) {
    mul.push({ name: `scalar-${name}`, input: g1(p) + word(k), output: g1(times(p, k)) });
  }
  mul.push({ name: 'infinity', input: g1(G1.ZERO) + word(randomScalar()), output: g1(G1.ZERO) });
}

for (let i = 0; i < 4; i++) {
  // e(aP, bQ) · e(−abP, Q) = 1, and with ab + 1 it is not.
  const p = G1.BASE.multiply(randomScalar());
  const q = G2.BASE.multiply(randomScalar());
  const a = randomScalar();
  const b = randomScalar();
  const ab = (a * b) % r;
  const first = g1(p.multiply(a)) + g2(q.multiply(b));
  pairing.push({ name: `bilinear-${i}`, input: first + g1(p.multiply(ab).negate()) + g2(q), output: word(1n) });
  pairing.push({ name: `not-bilinear-${i}`, input: first + g1(p.multiply(mod(ab + 1n)).negate()) + g2(q), output: word(0n) });
}
{
  const p = G1.BASE.multiply(randomScalar());
  const q = G2.BASE.multiply(randomScalar());
  const s = randomScalar();
  const t = randomScalar();
  // e(P, sQ) · e(tP, Q) · e(−(s + t)P, Q) = 1 with three pairs.
  pairing.push({
    name: 'three-pairs',
    input: g1(p) + g2(q.multiply(s)) + g1(p.multiply(t)) + g2(q) + g1(p.multiply(mod(s + t)).negate()) + g2(q),
    output: word(1n),
  });
  pairing.push({ name: 'single-pair', input: g1(p) + g2(q), output: word(0n) });
  pairing.push({ name: 'generators', input: g1(G1.BASE) + g2(G2.BASE), output: word(0n) });
  pairing.push({ name: 'g1-infinity', input: g1(G1.ZERO) + g2(q), output: word(1n) });
  pairing.push({ name: 'g2-infinity', input: g1(p) + g2(G2.ZERO), output: word(1n) });
  pairing.push({ name: 'infinity-with-pair', input: g1(G1.ZERO) + g2(q) + g1(p) + g2(q), output: word(0n) });
}

// e(G1, G2) itself, coefficient by coefficient in the tower order c0.c0.c0, c0.c0.c1, … (noble uses the same
// tower). noble's own final exponentiation raises to a multiple 2x(6x² + 3x + 1) of (p⁴ − p² + 1) / r (fine
// for a check, another element of G_T), so the exact (p¹² − 1) / r power of its Miller loop is taken here.
const Fp12 = bn254.fields.Fp12;
const p = bn254.fields.Fp.ORDER;
const gt = Fp12.pow(bn254.pairing(G1.BASE, G2.BASE, false), (p ** 12n - 1n) / r);
const coefficients = [];
for (const c6 of [gt.c0, gt.c1]) for (const c2 of [c6.c0, c6.c1, c6.c2]) coefficients.push(word(c2.c0), word(c2.c1));

console.log(JSON.stringify({ source: '@noble/curves 2.4.0 bn254', add, mul, pairing, gtOfGenerators: coefficients }, null, 1));
