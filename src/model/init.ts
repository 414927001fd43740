// Initialisation (MODEL.md §5): members drawn from the organisations' shares
// and the attribute distributions of §2, their tricky issues, and optional
// pre-existing ties among colleagues.

import { ISSUE_STATE, TOPICS } from './members.ts';
import { beta, binomial, clip01, normal, poisson, uniform, type Rng } from './random.ts';
import type { World } from './world.ts';

/** Member counts per organisation by largest remainder, so they sum to size. */
export function orgCounts(shares: number[], size: number): number[] {
  const raw = shares.map((s) => s * size);
  const counts = raw.map(Math.floor);
  let rest = size - counts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, k) => [r - Math.floor(r), k]).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) counts[order[k][1]]++;
  return counts;
}

export function initialise(w: World): void {
  const rng = w.rng.init;
  const orgs = w.scenario.population.organisations;
  const centroids = orgs.map((o) => (o.expertiseCentroid ? Float64Array.from(o.expertiseCentroid) : Float64Array.from({ length: TOPICS }, () => rng())));
  const counts = orgCounts(orgs.map((o) => o.share), w.scenario.population.size);
  counts.forEach((n, org) => {
    for (let k = 0; k < n; k++) addMember(w, rng, org, centroids[org], 0);
  });
  w.centroids = centroids;
  initialTies(w, rng);
}

/** A member with attributes drawn from §2's distributions. */
export function addMember(w: World, rng: Rng, org: number, centroid: Float64Array, week: number): number {
  const m = w.members;
  const p = w.p;
  const i = m.add();
  w.ties.ensureMember(i);
  m.org[i] = org;
  for (let d = 0; d < TOPICS; d++) {
    m.x[i * TOPICS + d] = clip01(centroid[d] + p.expertiseNoise * normal(rng));
    m.need[i * TOPICS + d] = rng();
  }
  m.r[i] = beta(rng, p.relevanceA, p.relevanceB);
  m.E[i] = 0.5 * m.r[i];
  m.lambda[i] = uniform(rng, p.dailyLifeMin, p.dailyLifeMax);
  m.pi[i] = beta(rng, p.trustPropensityA, p.trustPropensityB);
  m.b[i] = beta(rng, p.benevolenceA, p.benevolenceB);
  m.rho[i] = uniform(rng, p.riskAversionMin, p.riskAversionMax);
  m.cap[i] = binomial(rng, Math.round(p.capacityTrials), p.capacityProb);
  m.Tf[i] = w.scenario.facilitator.initialTrust;
  m.att[i] = 1;
  // A skewed propensity to contribute (participation inequality): most members
  // rarely post or answer, a few do most of it. Relative to the mean, so that
  // forumPostChance stays the mean chance.
  m.voice[i] = beta(rng, p.voiceA, p.voiceB) / (p.voiceA / (p.voiceA + p.voiceB));
  m.joined[i] = week;
  const nIssues = poisson(rng, p.issuesMean);
  for (let k = 0; k < nIssues; k++) addIssue(w, rng, i);
  return i;
}

/** New tricky issues arrive: each present member gets one with chance issueRate a week (§2). */
export function newIssues(w: World): void {
  const m = w.members;
  for (let i = 0; i < m.count; i++) if (m.present[i] && w.rng.issues() < w.p.issueRate) addIssue(w, w.rng.issues, i);
}

export function addIssue(w: World, rng: Rng, i: number): void {
  w.members.issues[i].push({
    topic: Math.floor(rng() * TOPICS),
    s: beta(rng, 2, 2),
    state: ISSUE_STATE.private,
    confidants: [],
    told: false,
  });
}

/**
 * Pre-existing ties among colleagues (§5): w = 0.3, T = π + 0.2. Each pair
 * inside an organisation is tied with p = k/(n−1), so a member knows k
 * colleagues on average whatever the organisation's size; pairs are visited by
 * geometric skips, so the cost is proportional to the ties made, not to n².
 */
function initialTies(w: World, rng: Rng): void {
  const k = w.scenario.initialNetwork.colleagueTies;
  if (k <= 0) return;
  const m = w.members;
  const byOrg: number[][] = w.orgIds.map(() => []);
  for (let i = 0; i < m.count; i++) byOrg[m.org[i]].push(i);
  for (const ids of byOrg) {
    const n = ids.length;
    if (n < 2) continue;
    const p = Math.min(1, k / (n - 1));
    const pairs = (n * (n - 1)) / 2;
    const logq = Math.log1p(-p);
    if (!(logq < 0)) continue; // p so small that no pair is ever drawn
    for (let e = -1; ; ) {
      e += p >= 1 ? 1 : 1 + Math.floor(Math.log1p(-rng()) / logq);
      if (e >= pairs) break;
      // pair number e → (x, y) with x < y, row-major over the upper triangle
      let x = Math.floor((2 * n - 1 - Math.sqrt((2 * n - 1) ** 2 - 8 * e)) / 2);
      while ((x + 1) * (2 * n - x - 2) / 2 <= e) x++;
      while (x > 0 && (x * (2 * n - x - 1)) / 2 > e) x--;
      const y = e - (x * (2 * n - x - 1)) / 2 + x + 1;
      const i = ids[x];
      const j = ids[y];
      const t = w.ties.create(i, j, false, clip01(m.pi[i] + 0.2), clip01(m.pi[j] + 0.2), 0);
      w.ties.makeAlive(t, 0.3);
    }
  }
}
