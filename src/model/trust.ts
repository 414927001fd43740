// Trust updates as pure functions of the current trust (MODEL.md §7.3–7.4).
// Trust is the willingness to be vulnerable, updated from the outcomes of
// risk-taking (Mayer et al. 1995; Zand 1972).

export interface TrustParams {
  routineTrustGain: number;
  routineTrustLoss: number;
  goodDisclosureTrustGain: number;
  reciprocityTrustGain: number;
  badDisclosureTrustLoss: number;
}

/** After a routine conversation: up a little if the partner responded well, down otherwise. */
export function routineTrust(T: number, good: boolean, p: TrustParams, gainFactor = 1): number {
  return good ? T + gainFactor * p.routineTrustGain * (1 - T) : T - p.routineTrustLoss * T;
}

/** The discloser's trust after a 1:1 disclosure; asymmetric loss (Slovic 1993). */
export function disclosureTrust(T: number, good: boolean, p: TrustParams): number {
  return good ? T + p.goodDisclosureTrustGain * (1 - T) : T - p.badDisclosureTrustLoss * T;
}

/** The confidant's trust after a well received disclosure: reciprocity (Altman & Taylor 1973). */
export function reciprocalTrust(T: number, p: TrustParams): number {
  return T + p.reciprocityTrustGain * (1 - T);
}
