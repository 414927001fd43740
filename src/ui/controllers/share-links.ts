// Share links (#lab?s=…) and the set of scenarios opened together: a link
// or a lesson's Try it opens up to four scenarios at one seed and week, and
// keys 1–4 then switch between them (each switch undoable,
// lab/scenario-switch.ts). Without such a set, keys 1–4 open four
// contrasting presets. The Share button's link is made here too: the short
// form where it can be (short-share.ts), else every scenario as text.
//
// The link's decoding and encoding (src/share/link.ts) and the short form
// are loaded on first use: they are not needed for the first screen.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SharePayload, SharedScenario, ShortPayload } from '../../share/link.ts';
import { BUILTINS } from '../builtin-scenarios.ts';
import { loadLang, msg } from '../i18n.ts';
import type { ScenarioSwitch } from '../lab/scenario-switch.ts';
import { paramValue, withAction, withParam, withoutAction } from './scenario-edits.ts';
import { readScenario, writeScenario } from './scenario-source.ts';
import type { LabParts } from './short-share.ts';
import type { SimController } from './sim-controller.ts';

/** The lab's parts that short share links use, handed to them (controllers/short-share.ts says why). */
const LAB_PARTS: LabParts = { builtins: BUILTINS, edits: { paramValue, withAction, withParam, withoutAction }, source: { readScenario, writeScenario } };

/** What the links need of the lab around them. */
export interface ShareLab {
  /** Load a scenario from outside the lab, keeping the work it replaces in the draft history (app-shell's replaceRun). */
  replaceRun: (...args: Parameters<SimController['load']>) => Promise<boolean>;
  /** What the scenario picker shows: a built-in's id, or 'file'. */
  picked: () => string;
  pick: (id: string) => void;
}

export class ShareLinks implements ReactiveController {
  /** Scenarios opened together (share link, a lesson's Try it): keys 1–4 switch between them. */
  shared: SharedScenario[] = [];
  /** Which of them runs (-1: none of them). */
  index = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sim: SimController,
    private readonly switcher: ScenarioSwitch,
    private readonly lab: ShareLab,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Open the address's share link (#lab?s=…): validated like any file; refused with a message, run unchanged. */
  async openLink(): Promise<void> {
    const enc = /[?&]s=([^&]*)/.exec(location.hash)?.[1];
    if (!enc) return;
    const [{ decodeShare }, { expander }] = await Promise.all([import('../../share/link.ts'), import('./short-share.ts'), loadLang('views')]);
    const r = await decodeShare(enc, expander(LAB_PARTS));
    history.replaceState(null, '', '#lab');
    if (!r.ok) {
      this.sim.errors = r.errors.length ? r.errors : [{ file: msg('share link'), line: 0, column: 0, path: '', message: msg(r.message) }];
      this.sim.message = `${msg(r.message)} ${msg('Your run is unchanged.')}`;
      this.host.requestUpdate();
      return;
    }
    await this.open(r.value.payload);
  }

  /** Load one of a set of scenarios at a seed and week; 1–4 then switch within the set. */
  async open(p: SharePayload): Promise<boolean> {
    this.shared = p.scenarios;
    this.index = p.index;
    const s = p.scenarios[p.index];
    const ok = await this.lab.replaceRun(s.text, s.name, { seed: p.seed, name: s.name, note: msg(`Opened ${msg(s.name)}: seed ${p.seed}, week ${p.week}.`) });
    if (ok) {
      this.lab.pick('file');
      if (p.week > 0) await this.sim.seek(p.week);
    }
    return ok;
  }

  /** Keys 1–4: scenario A–D of the shared set, else of four contrasting presets. */
  async pick(k: number): Promise<void> {
    const picked = this.lab.picked();
    if (this.shared.length) {
      if (k >= this.shared.length || k === this.index) return;
      await this.switcher.swap(picked, this.index, () => this.open({ v: 1, scenarios: this.shared, index: k, seed: this.sim.seed, week: this.sim.week }));
      return;
    }
    const b = BUILTINS.find((x) => x.id === ['big-launch', 'steady-rhythm', 'weaver', 'bridging'][k]);
    if (!b || b.id === picked) return;
    await this.switcher.swap(picked, this.index, async () => {
      const ok = await this.lab.replaceRun(await b.load(), b.file, { seed: this.sim.seed });
      if (ok) this.lab.pick(b.id);
      return ok;
    });
  }

  /** The running lab as a share payload (interventions included). */
  payload = async (): Promise<SharePayload | undefined> => {
    const text = await this.sim.exportScenario();
    if (!text) return undefined;
    const cur = { name: this.sim.scenarioName || 'scenario', text };
    const inSet = this.shared.length > 0 && this.index >= 0;
    const scenarios = inSet ? this.shared.map((x, i) => (i === this.index ? cur : x)) : [cur];
    return { v: 1, scenarios, index: inSet ? this.index : 0, seed: this.sim.seed, week: this.sim.week };
  };

  /** What the Share button links to: the short form, else every scenario as text. */
  linkPayload = async (): Promise<SharePayload | ShortPayload | undefined> => (await this.shortPayload()) ?? this.payload();

  /** The same as a short link: built-ins as their id and the changes made to them (controllers/short-share.ts). */
  private shortPayload = async (): Promise<ShortPayload | undefined> => {
    const p = await this.payload();
    if (!p) return undefined;
    const { shortPayload } = await import('./short-share.ts');
    return shortPayload(LAB_PARTS, p);
  };

  /** The address that opens the running lab as a full link (#lab?s=…), or undefined when there is no run to share. */
  async address(): Promise<string | undefined> {
    const p = await this.payload();
    if (!p) return undefined;
    const { encodeShare } = await import('../../share/link.ts');
    return `#lab?s=${encodeShare(p)}`;
  }
}
