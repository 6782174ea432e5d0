import 'server-only';
import type { ChartSpec } from '../core/chart-spec';
import { layoutChart } from '../core/chart-layout';
import { entityColor, resolveColor } from '../core/palette';

/** Verdict colours for the preview image (the page's light-scheme badge colours). */
const VERDICT_COLORS: Record<string, { bg: string; fg: string }> = {
  supported: { bg: '#dcf3e3', fg: '#135c2c' },
  'partly supported': { bg: '#fdf0d5', fg: '#7a4300' },
  contradicted: { bg: '#fbe0e0', fg: '#8f1d1d' },
  'not verifiable': { bg: '#e7e9ec', fg: '#3b434c' },
};

export const OG_SIZE = { width: 1200, height: 630 } as const;
const CHART = { width: 1104, height: 300 };

interface Props {
  kicker: string;
  title: string;
  verdict?: string | null;
  /** One line under the title: the observed figures, the filter, the question. */
  subtitle?: string | null;
  spec?: ChartSpec | null;
  sourceLine: string;
}

/**
 * A link preview (1200x630) drawn by next/og from the page's own chart spec: the same layout as the
 * page's SVG, drawn with boxes (Satori lays out flexbox and absolute positions, not CSS variables).
 */
export function OgCard({ kicker, title, verdict, subtitle, spec, sourceLine }: Props) {
  const colors = verdict ? VERDICT_COLORS[verdict] : undefined;
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#1b1f24', padding: '36px 48px 28px', fontSize: 24 }}>
      <div style={{ display: 'flex', flexShrink: 0, justifyContent: 'space-between', alignItems: 'center', color: '#4f5963', fontSize: 22 }}>
        <span>Bifurcation Dashboard · {kicker}</span>
        {verdict && colors && <span style={{ background: colors.bg, color: colors.fg, padding: '6px 16px', borderRadius: 8, fontSize: 26, fontWeight: 700 }}>Verdict today: {verdict}</span>}
      </div>
      <div style={{ display: 'flex', flexShrink: 0, fontSize: title.length > 50 ? 38 : 46, fontWeight: 700, marginTop: 14, lineHeight: 1.15 }}>{title}</div>
      {subtitle && <div style={{ display: 'flex', flexShrink: 0, fontSize: 22, color: '#4f5963', marginTop: 10 }}>{subtitle.length > 150 ? `${subtitle.slice(0, 149)}…` : subtitle}</div>}
      <div style={{ display: 'flex', flexGrow: 1, flexShrink: 1, marginTop: 14, overflow: 'hidden' }}>{spec && spec.points.length > 0 ? <OgChart spec={spec} /> : null}</div>
      <div style={{ display: 'flex', flexShrink: 0, fontSize: 18, color: '#4f5963', marginTop: 8 }}>{sourceLine.length > 130 ? `${sourceLine.slice(0, 129)}…` : sourceLine}</div>
    </div>
  );
}

/** The chart spec laid out by layoutChart and drawn as positioned boxes; lines as one inline SVG of paths. */
function OgChart({ spec }: { spec: ChartSpec }) {
  const layout = layoutChart(spec, CHART);
  const { plot } = layout;
  const box = (x: number, y: number, w: number, h: number) => ({ position: 'absolute' as const, left: x, top: y, width: Math.max(w, 1), height: Math.max(h, 1) });
  const label = (x: number, y: number, text: string, align: 'left' | 'center' | 'right', size = 16) => (
    <div key={`${x}-${y}-${text}`} style={{ ...box(align === 'center' ? x - 60 : align === 'right' ? x - 120 : x, y - size * 0.7, 120, size * 1.4), display: 'flex', justifyContent: align === 'center' ? 'center' : align === 'right' ? 'flex-end' : 'flex-start', fontSize: size, color: '#4f5963' }}>
      {text}
    </div>
  );
  const paths = layout.marks.filter((m) => m.kind === 'path');
  return (
    <div style={{ display: 'flex', position: 'relative', width: CHART.width, height: CHART.height + 34 }}>
      {layout.yTicks.map((t) => (
        <div key={`g${t.label}`} style={{ ...box(plot.left, t.pos, plot.right - plot.left, 1), background: '#d5d9de' }} />
      ))}
      {layout.yTicks.map((t) => label(plot.left - 8, t.pos, t.label, 'right'))}
      {layout.xTicks.map((t) => label(t.pos, plot.bottom + 16, t.label, 'center'))}
      {paths.length > 0 && (
        <svg width={CHART.width} height={CHART.height} viewBox={`0 0 ${CHART.width} ${CHART.height}`} style={{ position: 'absolute', left: 0, top: 0 }}>
          {paths.map((m, i) => (m.kind === 'path' ? <path key={i} d={m.d} fill="none" stroke={resolveColor(m.stroke)} strokeWidth={3} /> : null))}
        </svg>
      )}
      {layout.marks.map((m, i) => {
        if (m.kind === 'rect') return <div key={i} style={{ ...box(m.x, m.y, m.width, m.height), background: resolveColor(m.fill), opacity: m.opacity }} />;
        if (m.kind === 'dot') return <div key={i} style={{ ...box(m.cx - 4, m.cy - 4, 8, 8), background: resolveColor(m.fill), borderRadius: 4 }} />;
        if (m.kind === 'value') return label(m.x, m.y - 8, m.text, 'center', 17);
        return null;
      })}
      <div style={{ ...box(plot.left, plot.bottom, plot.right - plot.left, 2), background: '#4f5963' }} />
      <Legend spec={spec} top={plot.bottom + 30} />
    </div>
  );
}

function Legend({ spec, top }: { spec: ChartSpec; top: number }) {
  const items = spec.kind === 'grouped-bars' ? spec.points.map((p) => ({ label: p.x, color: spec.pointColors?.[p.x] ?? entityColor(p.x) })) : spec.series.map((s) => ({ label: s.label, color: s.color }));
  return (
    <div style={{ position: 'absolute', left: 64, top, display: 'flex', gap: 20, fontSize: 17, color: '#1b1f24' }}>
      {items.slice(0, 6).map((item) => (
        <div key={item.label} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <div style={{ width: 14, height: 14, background: resolveColor(item.color) }} />
          {item.label.length > 40 ? `${item.label.slice(0, 39)}…` : item.label}
        </div>
      ))}
    </div>
  );
}
