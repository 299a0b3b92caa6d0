import { switchChartType } from '../lib/charts/config/switchChartType';

/**
 * The chart-type switch, for a link or an embed asking for another type than the data's own.
 * In trade-chart.js it comes with trade-chart-views.js instead (vite.config.wc.ts).
 */
export const loadTypeSwitch = async () => switchChartType;
