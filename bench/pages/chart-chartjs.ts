// The same data as a Chart.js horizontal grouped bar chart (tree-shaken imports, no animation:
// the measurement is rendering, like ours which does not animate).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { DATASETS, HEIGHT, LABELS, WIDTH, series } from './chart-data.js';
import { expose, lateCanvas, timeFrame, timeFramePhases, type FramePhases } from './frame.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

let chart: Chart<'bar'> | undefined;

expose({
  async firstRender() {
    const host = document.getElementById('host')!;
    const ms = await timeFrame(() => {
      const canvas = document.createElement('canvas');
      canvas.width = WIDTH;
      canvas.height = HEIGHT;
      host.append(canvas);
      const { current, comparison } = series(DATASETS[0]);
      chart = new Chart(canvas, {
        type: 'bar',
        data: {
          labels: LABELS,
          datasets: [
            { label: '2025/2026', data: current, backgroundColor: '#1f5fa8' },
            { label: '2024/2025', data: comparison, backgroundColor: '#9db8d9' },
          ],
        },
        options: { indexAxis: 'y', responsive: false, animation: false, plugins: { legend: { position: 'top' } } },
      });
    });
    return { ms, late: await lateCanvas(document.querySelector('canvas')) };
  },
  async switches(count: number) {
    const phases: FramePhases[] = [];
    for (let i = 1; i <= count; i++) {
      phases.push(
        await timeFramePhases(() => {
          const { current, comparison } = series(DATASETS[i % DATASETS.length]);
          chart!.data.datasets[0].data = current;
          chart!.data.datasets[1].data = comparison;
          chart!.update();
        }),
      );
    }
    return { phases, late: await lateCanvas(document.querySelector('canvas')) };
  },
});
