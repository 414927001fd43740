// Observable Plot labels each mark's <g> with aria-label="line", "area"…;
// ARIA prohibits a label on an element without a role (axe:
// aria-prohibited-attr). The chart's own svg keeps its label and description,
// which say what the chart shows; the marks' generic labels add nothing.
export function tidyPlotAria<T extends Element>(chart: T): T {
  for (const g of chart.querySelectorAll('g[aria-label]')) {
    if (!g.hasAttribute('role')) g.removeAttribute('aria-label');
  }
  return chart;
}
