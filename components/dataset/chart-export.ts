/** Turns the chart on screen into a self-contained SVG (colours resolved, title and source added) or a 2x PNG. */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** CSS variables and inline styles mean nothing outside the page: write the computed values as attributes. */
function resolveColours(source: Element, target: Element) {
  const style = getComputedStyle(source);
  for (const attr of ['fill', 'stroke'] as const) {
    const value = target.getAttribute(attr);
    if (value?.includes('var(')) target.setAttribute(attr, style.getPropertyValue(attr));
  }
  const inline = target.getAttribute('style');
  if (inline !== null) {
    if (inline.includes('fill')) target.setAttribute('fill', style.getPropertyValue('fill'));
    if (inline.includes('stroke')) target.setAttribute('stroke', style.getPropertyValue('stroke'));
    if (inline.includes('text-anchor')) target.setAttribute('text-anchor', style.getPropertyValue('text-anchor'));
    target.removeAttribute('style');
  }
  if (source.tagName === 'text') target.setAttribute('font-family', 'system-ui, sans-serif');
  for (let i = 0; i < source.children.length; i++) resolveColours(source.children[i], target.children[i]);
}

export function chartSvg(container: HTMLElement, title: string, sourceText: string): { svg: string; width: number; height: number } | null {
  const surface = container.querySelector<SVGSVGElement>('svg.recharts-surface, svg.svg-chart');
  if (!surface) return null;
  const { width, height } = surface.getBoundingClientRect();
  const clone = surface.cloneNode(true) as SVGSVGElement;
  resolveColours(surface, clone);
  const header = 28;
  const footer = 24;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(Math.round(width)));
  out.setAttribute('height', String(Math.round(height + header + footer)));
  out.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height + header + footer)}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#fff');
  out.appendChild(bg);
  const text = (content: string, y: number, size: number, weight = 'normal') => {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', '8');
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', weight);
    t.setAttribute('font-family', 'system-ui, sans-serif');
    t.setAttribute('fill', getComputedStyle(document.body).color || '#000');
    t.textContent = content;
    out.appendChild(t);
  };
  text(title, 18, 15, 'bold');
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('transform', `translate(0 ${header})`);
  clone.removeAttribute('style');
  g.appendChild(clone);
  out.appendChild(g);
  text(sourceText.length > 160 ? `${sourceText.slice(0, 157)}…` : sourceText, header + height + 16, 11);
  return { svg: new XMLSerializer().serializeToString(out), width, height: height + header + footer };
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('no canvas'));
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => reject(new Error('could not draw the chart'));
    img.src = url;
  });
}
