// A participatory run in a room (part B): placeholder until the model's decisions land.
import { REASONS, type Decision, type TrainerMessage } from '../room/protocol.ts';
import type { RunPhoneView, RunTrainerView } from '../room/views.ts';
import type { RunData } from './participatory.ts';
import type { Refusal, Room } from './room.ts';

type Result<T> = { ok: true; value: T } | { ok: false; detail: string };

export class Participatory {
  private constructor(readonly room: Room, readonly data: RunData) {}

  static start(_room: Room, _msg: TrainerMessage<'runStart'>, _connected: Set<number>): Result<Participatory> {
    return { ok: false, detail: 'participatory runs are not available yet' };
  }

  static resume(_room: Room): Result<Participatory> {
    return { ok: false, detail: 'participatory runs are not available yet' };
  }

  seatNewcomer(_member: number): void {}
  decide(_member: number, _d: Decision): { ok: true } | Refusal {
    return { ok: false, reason: REASONS.outOfTurn };
  }
  closeWeek(_week: number): { ok: true } | Refusal {
    return { ok: false, reason: REASONS.outOfTurn };
  }
  setTimer(_s: number): void {}
  end(): void {}
  phoneView(_member: number): RunPhoneView | null {
    return null;
  }
  trainerView(_connected: Set<number>): RunTrainerView | null {
    return null;
  }
}
