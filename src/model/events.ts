// This week's events, appended as parallel columns (for animation and captions).

import { EVENT_CODE, type EventKind } from './snapshot.ts';

export class EventLog {
  enabled: boolean;
  n = 0;
  kind = new Uint8Array(256);
  a = new Int32Array(256);
  b = new Int32Array(256);
  value = new Float32Array(256);

  constructor(enabled: boolean) {
    this.enabled = enabled;
  }

  clear(): void {
    this.n = 0;
  }

  push(kind: EventKind, a: number, b = -1, value = 0): void {
    if (!this.enabled) return;
    if (this.n === this.kind.length) {
      const grow = <T extends Uint8Array | Int32Array | Float32Array>(old: T, make: (n: number) => T): T => {
        const x = make(old.length * 2);
        x.set(old);
        return x;
      };
      this.kind = grow(this.kind, (n) => new Uint8Array(n));
      this.a = grow(this.a, (n) => new Int32Array(n));
      this.b = grow(this.b, (n) => new Int32Array(n));
      this.value = grow(this.value, (n) => new Float32Array(n));
    }
    const k = this.n++;
    this.kind[k] = EVENT_CODE[kind];
    this.a[k] = a;
    this.b[k] = b;
    this.value[k] = value;
  }
}
