// Downloads: indicators as CSV, the network as PNG, the charts as SVG and
// PNG, the scenario as YAML. Each returns the Blob it saved (tests check it).
import { INDICATORS, columnsToJSON, type Columns } from '../model/indicators.ts';

export function download(blob: Blob, name: string): Blob {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return blob;
}

export function columnsCSV(columns: Columns): string {
  const json = columnsToJSON(columns);
  const n = columns.week.length;
  const lines = [INDICATORS.join(',')];
  for (let w = 0; w < n; w++) lines.push(INDICATORS.map((k) => json[k][w]).join(','));
  return lines.join('\n') + '\n';
}

export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const c = document.createElement('canvas');
      c.width = Math.round(width * scale);
      c.height = Math.round(height * scale);
      const ctx = c.getContext('2d')!;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => reject(new Error('the chart SVG could not be drawn'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}

export function safeName(s: string): string {
  return s.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'scenario';
}
