// The shared chart pieces: axes, grid, tooltip and legend are set up once here, and each insight
// passes only its series. Colours come from the tokens (palette.ts); animations are off, so
// nothing moves on a page someone may open in distress, and reduced motion is always respected.
import type { ReactNode } from 'react';
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Line, Scatter, Tooltip, XAxis, YAxis } from 'recharts';

export interface Series {
  key: string;
  label: string;
  colour: string;
  values: (number | null)[];
  dash?: string;
}

/**
 * Axis labels as plain SVG text. Recharts' own tick text measures every word in the DOM (for
 * wrapping), which forced a layout per label and made the page slow to draw; labels here are short.
 */
function PlainTick({ x, y, payload, textAnchor, vertical }: { x?: number; y?: number; payload?: { value: string | number }; textAnchor?: 'start' | 'middle' | 'end' | 'inherit'; vertical?: boolean }) {
  const lines = vertical ? wrap(String(payload?.value ?? ''), 24) : [String(payload?.value ?? '')];
  return (
    <text x={x} y={y} textAnchor={textAnchor} fill="var(--muted)" fontSize={13}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? (vertical ? `${0.35 - (lines.length - 1) * 0.6}em` : '0.9em') : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Splits a label into lines of about `width` characters at spaces (no DOM measuring). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
const tick = (props: object) => <PlainTick {...props} />;
const sideTick = (props: object) => <PlainTick {...props} vertical />;
/** The tooltip names the whole day or week, even when the axis label is short. */
const fullLabel = (label: unknown, payload: readonly { payload?: { full?: string } }[]) => payload[0]?.payload?.full ?? String(label);
const tooltipStyle = {
  labelFormatter: fullLabel,
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
  cursor: { fill: 'var(--surface-2)', stroke: 'var(--border)' },
};

/**
 * Every n-th category label, so about `target` labels fit under the chart. A number (never
 * recharts' default 'preserveEnd') also spares recharts measuring each label in the DOM, a forced
 * layout per label; value axes use 0, as their few ticks (at most six) always fit.
 */
function labelInterval(count: number, target = 8): number {
  return Math.max(0, Math.ceil(count / target) - 1);
}

function rows(labels: string[], series: Series[], extra?: (index: number) => Record<string, unknown>, fullLabels?: string[]) {
  return labels.map((label, index) => {
    const row: Record<string, unknown> = { label, full: fullLabels?.[index] ?? label, ...extra?.(index) };
    for (const s of series) row[s.key] = s.values[index];
    return row;
  });
}

export function Legend({ items }: { items: { label: string; colour: string; dash?: string; marker?: boolean; band?: boolean }[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="12" viewBox="0 0 28 12" focusable="false">
            {item.marker ? (
              <circle cx="14" cy="6" r="4" fill={item.colour} />
            ) : item.dash !== undefined ? (
              <line x1="1" y1="6" x2="27" y2="6" stroke={item.colour} strokeWidth="3" strokeDasharray={item.dash} />
            ) : (
              <rect x="4" y="1" width="20" height="10" rx="2" fill={item.colour} fillOpacity={item.band ? BAND_OPACITY : undefined} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Text after a horizontal bar, on one line (recharts' own label would wrap it into the next bar). */
function EndLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown }) {
  const [x, y, width, height] = [props.x, props.y, props.width, props.height].map(Number) as [number, number, number, number];
  return (
    <text x={x + width + 8} y={y + height / 2} dy="0.35em" fill="var(--text)" fontSize={13}>
      {String(props.value ?? '')}
    </text>
  );
}

export interface CategoryBarsProps {
  labels: string[];
  /** What the tooltip calls each category (defaults to the label). */
  fullLabels?: string[];
  series: Series[];
  stacked?: boolean;
  /** 'vertical' draws horizontal bars with the labels down the left (long names fit). */
  layout?: 'horizontal' | 'vertical';
  /** Text drawn at the end of each bar (vertical layout), one per label. */
  endLabels?: string[];
  height?: number;
  yMax?: number;
  valueName?: string;
}

export function CategoryBars({ labels, fullLabels, series, stacked = false, layout = 'horizontal', endLabels, height, yMax, valueName }: CategoryBarsProps) {
  const vertical = layout === 'vertical';
  const data = rows(labels, series, endLabels ? (i) => ({ endLabel: endLabels[i] }) : undefined, fullLabels);
  const chartHeight = height ?? (vertical ? Math.max(120, labels.length * (series.length > 1 ? 46 : 34) + 40) : 240);
  const valueTicks = yMax === undefined ? undefined : Array.from({ length: Math.floor(yMax / 2) + 1 }, (_, i) => i * 2);
  const valueAxis = { tick: vertical ? tick : sideTick, ticks: valueTicks, interval: 0, allowDecimals: false, domain: [0, yMax ?? 'auto'] as [number, number | 'auto'], stroke: 'var(--border)' };
  const categoryAxis = { dataKey: 'label', tick: vertical ? sideTick : tick, stroke: 'var(--border)', interval: vertical ? 0 : labelInterval(labels.length) };
  return (
    <>
      <BarChart
        data={data}
        layout={vertical ? 'vertical' : 'horizontal'}
        responsive
        style={{ width: '100%', height: chartHeight }}
        margin={{ top: 8, right: endLabels ? 200 : 24, bottom: 4, left: 0 }}
        accessibilityLayer={false}
        barCategoryGap={vertical ? '22%' : '18%'}
        maxBarSize={vertical ? 28 : 56}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 4" horizontal={!vertical} vertical={vertical} />
        {vertical ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" {...categoryAxis} width={190} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} />
            <YAxis {...valueAxis} width={32} />
          </>
        )}
        <Tooltip {...tooltipStyle} isAnimationActive={false} />
        {series.map((s, index) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={valueName ? `${s.label} (${valueName})` : s.label}
            fill={s.colour}
            stackId={stacked ? 'stack' : undefined}
            // A thin surface-coloured edge keeps stacked segments apart without relying on colour.
            stroke="var(--surface)"
            strokeWidth={stacked ? 1 : 0}
            isAnimationActive={false}
            className={`chart-bar chart-bar--${s.key}`}
          >
            {endLabels && index === series.length - 1 ? <LabelList dataKey="endLabel" content={EndLabel} /> : null}
          </Bar>
        ))}
      </BarChart>
      {series.length > 1 ? <Legend items={series.map((s) => ({ label: s.label, colour: s.colour }))} /> : null}
    </>
  );
}

export interface LineSeriesProps {
  labels: string[];
  fullLabels?: string[];
  /** `connect` draws the line across days without a value (for averages, which change slowly). */
  series: (Series & { dots?: boolean; width?: number; connect?: boolean })[];
  yMax: number;
  /** Indices of days shown as a small neutral mark below the axis (days with self-harm). */
  markers?: { label: string; colour: string; indices: number[] };
  height?: number;
  extraLegend?: ReactNode;
}

const MARK_LANE = -0.8;
/** A spread drawn behind its line: see-through, so the grid and the line stay readable. */
const BAND_OPACITY = 0.22;

export function LineSeries({ labels, fullLabels, series, yMax, markers, height = 260 }: LineSeriesProps) {
  const marked = new Set(markers?.indices ?? []);
  const data = rows(labels, series, markers ? (i) => ({ marker: marked.has(i) ? MARK_LANE : null }) : undefined, fullLabels);
  const ticks = Array.from({ length: yMax / (yMax > 5 ? 2 : 1) + 1 }, (_, i) => i * (yMax > 5 ? 2 : 1));
  return (
    <>
      <ComposedChart
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 24, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 4" vertical={false} />
        <XAxis dataKey="label" tick={tick} stroke="var(--border)" interval={labelInterval(labels.length)} />
        <YAxis tick={sideTick} stroke="var(--border)" width={32} domain={[markers ? -1.4 : 0, yMax]} ticks={ticks} interval={0} allowDecimals={false} />
        <Tooltip
          {...tooltipStyle}
          isAnimationActive={false}
          cursor={{ stroke: 'var(--border)' }}
          // The mark's position is only a lane below the axis; say what it is, not a number.
          formatter={(value, name) => (markers && name === markers.label ? ['yes', name] : [value, name])}
        />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            type="linear"
            stroke={s.colour}
            strokeWidth={s.width ?? 2.5}
            strokeDasharray={s.dash}
            dot={s.dots === false ? false : { r: 3, fill: s.colour, stroke: s.colour, className: `chart-dot chart-dot--${s.key}` }}
            activeDot={{ r: 5 }}
            connectNulls={s.connect ?? false}
            className={`chart-line chart-line--${s.key}`}
            isAnimationActive={false}
          />
        ))}
        {markers ? (
          <Scatter
            dataKey="marker"
            name={markers.label}
            fill={markers.colour}
            isAnimationActive={false}
            // Days without a mark still get a (null) point from recharts: draw nothing for them.
            shape={(point: { cx?: number; cy?: number; payload?: { marker?: number | null } }) =>
              point.payload?.marker == null || point.cx === undefined || point.cy === undefined ? (
                <g />
              ) : (
                <circle className="chart-marker" cx={point.cx} cy={point.cy} r={3.5} fill={markers.colour} />
              )
            }
          />
        ) : null}
      </ComposedChart>
      <Legend
        items={[
          ...series.map((s) => ({ label: s.label, colour: s.colour, dash: s.dash ?? '' })),
          ...(markers && markers.indices.length > 0 ? [{ label: markers.label, colour: markers.colour, marker: true }] : []),
        ]}
      />
    </>
  );
}

export interface MedianBandProps {
  labels: string[];
  fullLabels: string[];
  /** The middle value at each label, or null where too few values were there to say. */
  median: (number | null)[];
  /** The spread around it at each label: [lower, upper], or null. */
  band: ([number, number] | null)[];
  medianLabel: string;
  bandLabel: string;
  yMax: number;
  height?: number;
}

/** A middle line with a shaded band for its spread (e.g. the median between the quartiles). */
export function MedianBand({ labels, fullLabels, median, band, medianLabel, bandLabel, yMax, height = 260 }: MedianBandProps) {
  const data = labels.map((label, i) => ({ label, full: fullLabels[i] ?? label, median: median[i], band: band[i] }));
  const ticks = Array.from({ length: yMax / 2 + 1 }, (_, i) => i * 2);
  const colour = 'var(--chart-1)';
  return (
    <>
      <ComposedChart data={data} responsive style={{ width: '100%', height }} margin={{ top: 8, right: 24, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 4" vertical={false} />
        <XAxis dataKey="label" tick={tick} stroke="var(--border)" interval={labelInterval(labels.length, 10)} />
        <YAxis tick={sideTick} stroke="var(--border)" width={32} domain={[0, yMax]} ticks={ticks} interval={0} allowDecimals={false} />
        <Tooltip
          {...tooltipStyle}
          isAnimationActive={false}
          cursor={{ stroke: 'var(--border)' }}
          formatter={(value, name) => (Array.isArray(value) ? [`${value[0]} to ${value[1]}`, name] : [value, name])}
        />
        <Area dataKey="band" name={bandLabel} type="linear" stroke="none" fill={colour} fillOpacity={BAND_OPACITY} connectNulls={false} isAnimationActive={false} className="chart-band" activeDot={false} />
        <Line
          dataKey="median"
          name={medianLabel}
          type="linear"
          stroke={colour}
          strokeWidth={3}
          dot={{ r: 3, fill: colour, stroke: colour, className: 'chart-dot chart-dot--median' }}
          activeDot={{ r: 5 }}
          connectNulls={false}
          className="chart-line chart-line--median"
          isAnimationActive={false}
        />
      </ComposedChart>
      <Legend
        items={[
          { label: medianLabel, colour, dash: '' },
          { label: bandLabel, colour, band: true },
        ]}
      />
    </>
  );
}
