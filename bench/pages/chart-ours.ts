// Our <tz-reason-chart> in controlled mode (`.data`): no network, only rendering.
import '@thuiszitters/components/reason-chart.js';
import type { TzReasonChartElement } from '@thuiszitters/components';
import { DATASETS, WIDTH } from './chart-data.js';
import { expose, lateMutations, timeFrame, timeFramePhases, type FramePhases } from './frame.js';

let chart: TzReasonChartElement | undefined;

expose({
  async firstRender() {
    const host = document.getElementById('host')!;
    host.style.width = `${WIDTH}px`;
    const ms = await timeFrame(async () => {
      chart = document.createElement('tz-reason-chart');
      chart.lang = 'nl';
      chart.today = '2026-11-20';
      chart.data = DATASETS[0];
      host.append(chart);
      await chart.updateComplete;
    });
    return { ms, late: await lateMutations(chart!.renderRoot) };
  },
  async switches(count: number) {
    const phases: FramePhases[] = [];
    for (let i = 1; i <= count; i++) {
      phases.push(
        await timeFramePhases(async () => {
          chart!.data = DATASETS[i % DATASETS.length];
          await chart!.updateComplete;
        }),
      );
    }
    return { phases, late: await lateMutations(chart!.renderRoot) };
  },
});
