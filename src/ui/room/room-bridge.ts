// The lab's side of the workshop room (issue 19): the room's Room button
// (room-button.ts, loaded later) asks the lab for its run to start a
// participatory run from, and, while the trainer follows that run, loads
// each new week into the lab with the members people play ringed on the
// network. Small and on the first screen: the room's own code is not.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SimController } from '../controllers/sim-controller.ts';
import { msg } from '../i18n.ts';

/** A member played by someone in the room. */
export interface PlayedMember {
  id: number;
  label: string;
}

/** A week of the room's participatory run, as the Room button hands it to the lab. */
export interface RoomRun {
  text: string;
  name: string;
  week: number;
  played: PlayedMember[];
}

/** What the bridge needs of the lab around it. */
export interface RoomLab {
  /** Load a scenario from outside the lab, keeping the work it replaces in the draft history (app-shell's replaceRun). */
  replaceRun: (...args: Parameters<SimController['load']>) => Promise<boolean>;
  /** Set what the scenario picker shows. */
  pick: (id: string) => void;
}

export class RoomBridge implements ReactiveController {
  /** The room's run in the lab: its file, and the members people play. */
  private file = '';
  private played: PlayedMember[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sim: SimController,
    private readonly lab: RoomLab,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The members to ring on the network: the room's, while its run is the one in the lab (by file name). */
  playedIn(file: string): PlayedMember[] {
    return file === this.file ? this.played : [];
  }

  /** The lab's run for a participatory run in the room: its scenario with interventions, and seed. */
  labScenario = async () => {
    const text = await this.sim.exportScenario();
    return text ? { text, name: this.sim.scenarioName || 'scenario', seed: this.sim.seed } : undefined;
  };

  /** The room's participatory run in the lab, at its week. */
  openInLab = async (r: RoomRun) => {
    const file = `${r.name} (room)`;
    const note = msg(`Participatory run in the room: week ${r.week}.`);
    // The first time it replaces the lab's work (kept in the draft history); later weeks of the same run just reload it.
    const ok = file === this.sim.file ? await this.sim.load(r.text, file, { note }) : await this.lab.replaceRun(r.text, file, { note });
    if (!ok) return;
    this.lab.pick('file');
    this.file = file;
    this.played = r.played;
    this.host.requestUpdate();
    if (r.week > 0) await this.sim.seek(r.week);
  };
}
