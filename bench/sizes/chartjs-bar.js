// Chart.js, tree-shaken to what a bar chart with legend and tooltip needs.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
export { Chart };
