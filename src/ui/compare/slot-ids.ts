// Ids of the compare slots that come from the lab, in a module of their own so
// that the lab can name them without loading the compare view's parser.

/** The scenario running in the lab. */
export const LAB_ID = 'lab';
/** The lab's grey line: its run before the last change (an intervention that replaced weeks, a parameter). */
export const BEFORE_ID = 'lab-before';
