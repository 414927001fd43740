// Simulation worker for the lab: the one SimulationSession
// (src/shared/simulation-session.ts) behind comlink. It adds only what a
// worker needs: snapshots and columns are transferred, not copied.
import { transfer } from 'comlink';
import { snapshotTransferables, type Snapshot } from '../src/model/snapshot.ts';
import type { Columns } from '../src/model/indicators.ts';
import type { SimResult, SimulationApi } from '../src/shared/sim-api.ts';
import { SimulationSession } from '../src/shared/simulation-session.ts';
import { exposeInBrowser } from './expose.ts';

const session = new SimulationSession();

function sendSnapshot(r: SimResult<Snapshot>): SimResult<Snapshot> {
  return r.ok ? transfer(r, snapshotTransferables(r.value)) : r;
}

function sendColumns(r: SimResult<Columns>): SimResult<Columns> {
  return r.ok ? transfer(r, Object.values(r.value).map((c) => c.buffer as ArrayBuffer)) : r;
}

export const api: SimulationApi = {
  load: (scenario, seed, runIndex) => session.load(scenario, seed, runIndex),
  step: async (n) => sendSnapshot(await session.step(n)),
  seek: async (week) => sendSnapshot(await session.seek(week)),
  snapshot: async () => sendSnapshot(await session.snapshot()),
  columns: async () => sendColumns(await session.columns()),
  intervene: (type, params) => session.intervene(type, params),
  decide: (decision) => session.decide(decision),
  memberView: (member) => session.memberView(member),
  firstShares: () => session.firstShares(),
  exportScenario: () => session.exportScenario(),
};

exposeInBrowser(api);
