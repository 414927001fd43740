// How far the editor's preview runs (UX.md §1: a 26-week preview). Its own
// module so that the editor knows it without loading the pool (preview-runner.ts).
export const PREVIEW_WEEKS = 26;
