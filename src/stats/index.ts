// Shared statistics for `coalesce compare` and the browser compare view.
export * from './student-t.ts';
export * from './describe.ts';
export * from './paired.ts';
export * from './bootstrap.ts';
export * from './holm.ts';
export * from './wilson.ts';
export * from './phases.ts';
export * from './challenges.ts';
export * from './bands.ts';
export * from './compare.ts';
