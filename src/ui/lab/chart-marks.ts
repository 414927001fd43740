// The marks drawn on the lab's timeline and charts: a tick at each
// intervention's week on the transport, and on the charts the interventions
// with their labels plus the sponsor's budget cuts so far (budget-news.ts).
// The arrays stay the same while nothing they show changed, so the charts
// do not re-render for nothing.
import type { SimController } from '../controllers/sim-controller.ts';
import { catalogueVersion } from '../i18n.ts';
import { budgetCuts, cutLabel } from './budget-news.ts';

/** A mark on the charts: an intervention, or a sponsor's cut (challenge-charts.ts draws them). */
export interface ChartMark {
  week: number;
  label: string;
  kind?: 'cut';
}

export interface TimelineMarks {
  /** Weeks of the interventions, for the transport's timeline. */
  marks: number[];
  chartMarks: ChartMark[];
}

export class ChartMarks {
  /** The last marks, with what they were made from. */
  private last?: TimelineMarks & { src: unknown; cuts: string };

  /** The marks for the run on screen: the same arrays as last time while the interventions, the cuts and the catalogue are unchanged. */
  of(sim: Pick<SimController, 'interventions' | 'columns' | 'scenario' | 'week'>): TimelineMarks {
    const list = sim.interventions;
    // The sponsor's cuts up to this week are marked on the charts too (lab/budget-news.ts).
    const cuts = budgetCuts(sim.columns, sim.scenario?.facilitator.budget ?? 0, sim.week);
    // The cut's words are translated: kept only while the same catalogue is loaded (the views' one arrives after the lab's).
    const cutKey = `${cuts.map((c) => c.week).join(',')}@${catalogueVersion()}`;
    if (this.last?.src !== list || this.last.cuts !== cutKey) {
      this.last = {
        src: list,
        cuts: cutKey,
        marks: list.map((i) => i.action.at ?? i.week),
        chartMarks: [...list.map((i) => ({ week: i.action.at ?? i.week, label: i.label })), ...cuts.map((c) => ({ week: c.week, label: cutLabel(c), kind: 'cut' as const }))],
      };
    }
    return this.last;
  }
}
