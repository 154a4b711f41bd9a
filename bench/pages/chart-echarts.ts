// The same data as an ECharts horizontal grouped bar chart (tree-shaken: echarts/core, BarChart,
// grid, tooltip, legend, canvas renderer; no animation).
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { DATASETS, HEIGHT, LABELS, WIDTH, series } from './chart-data.js';
import { expose, lateCanvas, timeFrame, timeFramePhases, type FramePhases } from './frame.js';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

let chart: echarts.ECharts | undefined;

function seriesOption(index: number) {
  const { current, comparison } = series(DATASETS[index % DATASETS.length]);
  return [
    { name: '2025/2026', type: 'bar' as const, data: current },
    { name: '2024/2025', type: 'bar' as const, data: comparison },
  ];
}

expose({
  async firstRender() {
    const host = document.getElementById('host')!;
    const ms = await timeFrame(() => {
      const div = document.createElement('div');
      div.style.width = `${WIDTH}px`;
      div.style.height = `${HEIGHT}px`;
      host.append(div);
      chart = echarts.init(div, null, { renderer: 'canvas', width: WIDTH, height: HEIGHT });
      chart.setOption({
        animation: false,
        tooltip: {},
        legend: { top: 0 },
        grid: { containLabel: true, left: 8, right: 16 },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: LABELS, inverse: true },
        series: seriesOption(0),
      });
    });
    return { ms, late: await lateCanvas(document.querySelector<HTMLCanvasElement>('#host canvas')) };
  },
  async switches(count: number) {
    const phases: FramePhases[] = [];
    for (let i = 1; i <= count; i++) phases.push(await timeFramePhases(() => chart!.setOption({ series: seriesOption(i) })));
    return { phases, late: await lateCanvas(document.querySelector<HTMLCanvasElement>('#host canvas')) };
  },
});
