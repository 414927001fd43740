// Rooms on disk: one JSON file per room, written atomically (a temporary
// file, fsync, rename) after every change, so a killed server resumes from
// the last complete state. Writes of one room are serialised and coalesced:
// while one is in flight, later changes are written right after it, with the
// newest state. Closing a room deletes its file: nothing is kept after that.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseCode } from '../room/protocol.ts';

export class RoomStore {
  private pending = new Map<string, () => unknown>();
  private writing = new Map<string, Promise<void>>();
  private seq = 0;

  constructor(readonly dir: string, private onError: (e: unknown) => void = () => {}) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  private file(code: string): string {
    return join(this.dir, `${code}.json`);
  }

  /** Every room saved here (unreadable files are skipped and reported); rooms untouched for `maxAgeDays` are deleted: a forgotten room keeps nothing for ever. */
  loadAll(maxAgeDays = 14): { code: string; data: unknown }[] {
    const out: { code: string; data: unknown }[] = [];
    for (const f of readdirSync(this.dir)) {
      const code = f.endsWith('.json') ? normaliseCode(f.slice(0, -5)) : null;
      if (!code) {
        if (f.endsWith('.tmp')) rmSync(join(this.dir, f), { force: true });
        continue;
      }
      if (Date.now() - statSync(this.file(code)).mtimeMs > maxAgeDays * 86_400_000) {
        rmSync(this.file(code), { force: true });
        this.onError(new Error(`room ${code.slice(0, 4)}… was not used for ${maxAgeDays} days: deleted`));
        continue;
      }
      try {
        out.push({ code, data: JSON.parse(readFileSync(this.file(code), 'utf8')) });
      } catch (e) {
        this.onError(new Error(`room snapshot ${f} unreadable: ${e instanceof Error ? e.message : e}`));
      }
    }
    return out;
  }

  /** Save the room's state (a function, read when the write starts: always the newest). */
  save(code: string, state: () => unknown): Promise<void> {
    this.pending.set(code, state);
    const running = this.writing.get(code);
    if (running) return running.then(() => this.flushOne(code));
    return this.flushOne(code);
  }

  private flushOne(code: string): Promise<void> {
    const running = this.writing.get(code);
    if (running) return running;
    const state = this.pending.get(code);
    if (!state) return Promise.resolve();
    this.pending.delete(code);
    const p = this.write(code, JSON.stringify(state()))
      .catch(this.onError)
      .finally(() => {
        this.writing.delete(code);
        if (this.pending.has(code)) void this.flushOne(code);
      });
    this.writing.set(code, p);
    return p;
  }

  private async write(code: string, text: string): Promise<void> {
    const tmp = `${this.file(code)}.${process.pid}.${++this.seq}.tmp`;
    const fh = await open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, this.file(code));
  }

  async remove(code: string): Promise<void> {
    this.pending.delete(code);
    await this.writing.get(code);
    await rm(this.file(code), { force: true });
  }

  /** Wait for every write in flight (on shutdown). */
  async idle(): Promise<void> {
    while (this.writing.size || this.pending.size) {
      for (const c of this.pending.keys()) void this.flushOne(c);
      await Promise.all(this.writing.values());
    }
  }
}
