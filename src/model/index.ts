// Public entry of the model: a pure function of (scenario, seed, runIndex).
export { Simulation, type SimulationOptions } from './simulation.ts';
export { runScenario } from './run.ts';
export * from './indicators.ts';
export * from './snapshot.ts';
export { type FirstShare, type MemberHappening, type MemberTie, type MemberView } from './member-view.ts';
