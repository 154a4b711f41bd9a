// Chart.js with every controller, element, scale and plugin registered (the quick-start import).
export { default as Chart } from 'chart.js/auto';
