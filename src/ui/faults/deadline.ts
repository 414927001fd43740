// A call to a worker that never answers (the worker hangs, or died without a
// word) would leave the lab waiting for ever: every call races the worker's
// own death notice and a deadline, and losing either is a WorkerFault.

/** died: the worker crashed; timeout: it did not answer; error: the model threw (its state is not trusted). */
export type FaultKind = 'died' | 'timeout' | 'error';

export class WorkerFault extends Error {
  constructor(readonly kind: FaultKind, message: string, readonly ms = 0) {
    super(message);
    this.name = 'WorkerFault';
  }
}

/** `p`, unless `died` settles first or `ms` pass (then a WorkerFault). */
export function withDeadline<T>(p: Promise<T>, ms: number, died?: Promise<string>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const contenders: Promise<T>[] = [
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new WorkerFault('timeout', `no answer within ${ms} ms`, ms)), ms);
    }),
  ];
  if (died) contenders.push(died.then((why) => Promise.reject(new WorkerFault('died', why))));
  return Promise.race(contenders).finally(() => clearTimeout(timer));
}
