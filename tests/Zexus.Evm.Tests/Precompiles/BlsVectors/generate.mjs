// Generates bls-vectors.json: EIP-2537 precompile vectors (input -> expected output) computed with the independent
// implementation in @noble/curves (bls12_381), which follows RFC 9380 for map_to_curve. Run outside the repository:
//   mkdir -p /tmp/oracle-bls && cd /tmp/oracle-bls && npm init -y && npm install @noble/curves@1.9.7
//   cp <repo>/tests/Zexus.Evm.Tests/Precompiles/BlsVectors/generate.mjs . && node generate.mjs > <repo>/tests/Zexus.Evm.Tests/Precompiles/BlsVectors/bls-vectors.json
// The random source is a seeded xorshift so the output is reproducible.
import { bls12_381 as bls } from '@noble/curves/bls12-381';

const { Fp, Fp2, Fp12 } = bls.fields;
const G1 = bls.G1.ProjectivePoint;
const G2 = bls.G2.ProjectivePoint;
const r = bls.params.r;
const p = Fp.ORDER;

let seed = 0x2537n;
function rand64() {
  seed ^= (seed << 13n) & 0xffffffffffffffffn;
  seed ^= seed >> 7n;
  seed ^= (seed << 17n) & 0xffffffffffffffffn;
  return seed;
}
function randBits(bits) {
  let v = 0n;
  for (let i = 0; i < bits; i += 64) v = (v << 64n) | rand64();
  return v & ((1n << BigInt(bits)) - 1n);
}
const randScalar = () => randBits(256);
const randFp = () => randBits(384) % p;

const hex = (v, bytes) => v.toString(16).padStart(bytes * 2, '0');
const fp = (v) => hex(v, 64);
const fp2 = (v) => fp(v.c0) + fp(v.c1);
function g1(P) {
  if (P.equals(G1.ZERO)) return '00'.repeat(128);
  const a = P.toAffine();
  return fp(a.x) + fp(a.y);
}
function g2(P) {
  if (P.equals(G2.ZERO)) return '00'.repeat(256);
  const a = P.toAffine();
  return fp2(a.x) + fp2(a.y);
}
const mul = (P, k, Zero) => (k % r === 0n ? Zero : P.multiply(k % r));
const rg1 = () => mul(G1.BASE, randScalar(), G1.ZERO);
const rg2 = () => mul(G2.BASE, randScalar(), G2.ZERO);

// A point on E (or E') outside the r-torsion: take the first x whose right-hand side is a square.
function offSubgroupG1() {
  for (let x = 1n; ; x++) {
    const rhs = Fp.add(Fp.mul(Fp.sqr(x), x), 4n);
    try { const y = Fp.sqrt(rhs); const P = new G1(x, y, 1n); if (!P.multiplyUnsafe(r - 1n).add(P).equals(G1.ZERO)) return P; } catch { }
  }
}
function offSubgroupG2() {
  const b = Fp2.fromBigTuple([4n, 4n]);
  for (let x = 1n; ; x++) {
    const X = Fp2.fromBigTuple([x, 1n]);
    const rhs = Fp2.add(Fp2.mul(Fp2.sqr(X), X), b);
    try { const y = Fp2.sqrt(rhs); const P = new G2(X, y, Fp2.ONE); if (!P.multiplyUnsafe(r - 1n).add(P).equals(G2.ZERO)) return P; } catch { }
  }
}

const cases = [];
const add = (precompile, name, input, output) => cases.push({ precompile, name, input, output });

// G1ADD / G2ADD: random points, doubling, inverses, infinity, and (allowed) points outside the subgroup.
for (const [name, G, Z, enc, rnd, off] of [['G1ADD', G1, G1.ZERO, g1, rg1, offSubgroupG1()], ['G2ADD', G2, G2.ZERO, g2, rg2, offSubgroupG2()]]) {
  for (let i = 0; i < 4; i++) { const a = rnd(), b = rnd(); add(name, `random_${i}`, enc(a) + enc(b), enc(a.add(b))); }
  const a = rnd();
  add(name, 'double', enc(a) + enc(a), enc(a.double()));
  add(name, 'inverse', enc(a) + enc(a.negate()), enc(Z));
  add(name, 'infinity_left', enc(Z) + enc(a), enc(a));
  add(name, 'infinity_both', enc(Z) + enc(Z), enc(Z));
  add(name, 'generator_plus_generator', enc(G.BASE) + enc(G.BASE), enc(G.BASE.double()));
  add(name, 'outside_subgroup', enc(off) + enc(a), enc(off.add(a)));
  add(name, 'outside_subgroup_double', enc(off) + enc(off), enc(off.double()));
}

// MSM: several sizes; scalars include 0, r, r + 1 and 2^256 - 1 (not reduced by the caller).
const special = [0n, 1n, r, r + 1n, (1n << 256n) - 1n];
for (const [name, Z, enc, rnd, sizes] of [['G1MSM', G1.ZERO, g1, rg1, [1, 2, 3, 5, 8, 16, 33, 64, 128, 200]], ['G2MSM', G2.ZERO, g2, rg2, [1, 2, 3, 8, 16, 40, 130]]]) {
  for (const k of sizes) {
    let input = '', acc = Z;
    for (let i = 0; i < k; i++) {
      const P = i % 17 === 5 ? Z : rnd();
      const s = i < special.length && k > 2 ? special[i] : randScalar();
      input += enc(P) + hex(s, 32);
      if (s % r !== 0n && !P.equals(Z)) acc = acc.add(P.multiply(s % r));
    }
    add(name, `k_${k}`, input, enc(acc));
  }
  const P = rnd();
  add(name, 'single_zero_scalar', enc(P) + hex(0n, 32), enc(Z));
  add(name, 'single_order_scalar', enc(P) + hex(r, 32), enc(Z));
}

// PAIRING_CHECK: products that are 1 and products that are not.
const one = (x) => Fp12.eql(x, Fp12.ONE);
function pairingCase(name, pairs) {
  let input = '', acc = Fp12.ONE;
  for (const [P, Q] of pairs) {
    input += g1(P) + g2(Q);
    if (!P.equals(G1.ZERO) && !Q.equals(G2.ZERO)) acc = Fp12.mul(acc, bls.pairing(P, Q, false));
  }
  acc = Fp12.finalExponentiate(acc);
  add('PAIRING_CHECK', name, input, hex(one(acc) ? 1n : 0n, 32));
}
{
  const a = randScalar() % r, b = randScalar() % r;
  const P = G1.BASE.multiply(a), Q = G2.BASE.multiply(b);
  pairingCase('single_generators', [[G1.BASE, G2.BASE]]);
  pairingCase('two_pairs_true', [[P, Q], [G1.BASE.multiply((a * b) % r).negate(), G2.BASE]]);
  pairingCase('two_pairs_false', [[P, Q], [G1.BASE.multiply((a * b + 1n) % r).negate(), G2.BASE]]);
  pairingCase('infinity_g1', [[G1.ZERO, Q]]);
  pairingCase('infinity_g2', [[P, G2.ZERO]]);
  pairingCase('infinity_and_true', [[G1.ZERO, Q], [P, Q], [P.negate(), Q]]);
  const pairs = [];
  let sum = 0n;
  for (let i = 0; i < 4; i++) { const x = randScalar() % r, y = randScalar() % r; pairs.push([G1.BASE.multiply(x), G2.BASE.multiply(y)]); sum = (sum + x * y) % r; }
  pairs.push([G1.BASE.multiply(sum).negate(), G2.BASE]);
  pairingCase('five_pairs_true', pairs);
  pairingCase('four_pairs_false', pairs.slice(0, 4));
}

// MAP_FP_TO_G1 / MAP_FP2_TO_G2 (map_to_curve + clear_cofactor of RFC 9380).
const fpInputs = [0n, 1n, p - 1n, (p - 1n) / 2n];
for (let i = 0; i < 8; i++) fpInputs.push(randFp());
fpInputs.forEach((u, i) => add('MAP_FP_TO_G1', `u_${i}`, fp(u), g1(bls.G1.mapToCurve([u]))));
const fp2Inputs = [[0n, 0n], [1n, 0n], [0n, 1n], [p - 1n, p - 1n]];
for (let i = 0; i < 6; i++) fp2Inputs.push([randFp(), randFp()]);
fp2Inputs.forEach(([c0, c1], i) => add('MAP_FP2_TO_G2', `u_${i}`, fp(c0) + fp(c1), g2(bls.G2.mapToCurve([c0, c1]))));

// Points that C# tests use as "on the curve but outside the subgroup".
add('OFF_SUBGROUP_G1', 'point', g1(offSubgroupG1()), null);
add('OFF_SUBGROUP_G2', 'point', g2(offSubgroupG2()), null);

console.log(JSON.stringify(cases, null, 1));
