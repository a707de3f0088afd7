// Customers simulated from the BG/NBD and Gamma-Gamma models, with a seeded generator, for the tests that
// check a fit recovers the parameters it was simulated from.
import type { BgNbdParams } from '../../../src/models/bgnbd';
import type { GammaGammaParams } from '../../../src/models/gamma-gamma';

/** sfc32 (Chris Doty-Humphrey's small fast counter), uniform in (0, 1). */
export function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const out = (t + d) | 0;
    c = (c + out) | 0;
    return ((out >>> 0) + 0.5) / 4_294_967_296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (2000), with U^(1/shape) for shape < 1. */
export function gammaVariate(random: () => number, shape: number, rate: number): number {
  if (shape < 1) return gammaVariate(random, shape + 1, rate) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

export interface SimulatedCustomer {
  readonly frequency: number;
  readonly recency: number;
  readonly T: number;
}

/**
 * One BG/NBD customer observed for T: purchases at rate lambda ~ Gamma(r, alpha) while alive, dropping out
 * with probability p ~ Beta(a, b) after each repeat purchase (the model's story, as `lifetimes`'
 * beta_geometric_nbd_model simulates it).
 */
export function simulateBgNbd(random: () => number, params: BgNbdParams, T: number): SimulatedCustomer {
  const lambda = gammaVariate(random, params.r, params.alpha);
  const g1 = gammaVariate(random, params.a, 1);
  const p = g1 / (g1 + gammaVariate(random, params.b, 1));
  let x = 0;
  let last = 0;
  for (let t = -Math.log(random()) / lambda; t <= T; t += -Math.log(random()) / lambda) {
    x++;
    last = t;
    if (random() < p) break;
  }
  return { frequency: x, recency: last, T };
}

/**
 * The mean amount of a customer's x repeat purchases under Gamma-Gamma: nu ~ Gamma(q, v), each amount
 * ~ Gamma(p, nu), so their mean is Gamma(p x, x nu).
 */
export function simulateMeanSpend(random: () => number, params: GammaGammaParams, frequency: number): number {
  const nu = gammaVariate(random, params.q, params.v);
  return gammaVariate(random, params.p * frequency, frequency * nu);
}
