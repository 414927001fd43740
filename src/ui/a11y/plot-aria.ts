// Observable Plot labels each mark's <g> with aria-label="line", "area"…;
// ARIA prohibits a label on an element without a role (axe:
// aria-prohibited-attr). The chart's own svg keeps its label and description,
// which say what the chart shows; the marks' generic labels add nothing.
export function tidyPlotAria<T extends Element>(chart: T): T {
  for (const g of chart.querySelectorAll('g[aria-label]')) {
    if (g.hasAttribute('role')) continue;
    // Keep the mark's kind where nothing reads it aloud (tests and styles use it).
    g.setAttribute('data-mark', g.getAttribute('aria-label')!);
    g.removeAttribute('aria-label');
  }
  return chart;
}
