import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DailyPnl, EquityPoint, WhaleMetricsPoint } from '../api/types';
import { toNumber } from '../ui/format';

// One dark look for every chart: faint grid, slate axes, glass tooltip.
const axis = { stroke: 'rgb(100 116 139)', fontSize: 11, tickLine: false, axisLine: false } as const;
const grid = { stroke: 'rgb(255 255 255 / 0.05)', vertical: false } as const;
const tooltip = {
  contentStyle: {
    background: 'rgb(15 23 42 / 0.9)',
    border: '1px solid rgb(255 255 255 / 0.1)',
    borderRadius: 12,
    backdropFilter: 'blur(12px)',
    fontSize: 12,
  },
  labelStyle: { color: 'rgb(148 163 184)' },
  itemStyle: { color: 'rgb(226 232 240)' },
} as const;

const day = (iso: string) => iso.slice(5, 10);
const dateTime = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** Equity over time, as an area with a gradient; the starting balance as a dashed line. */
export function EquityChart({ points, startingBalance }: { points: readonly EquityPoint[]; startingBalance?: number }) {
  const data = points.map((p) => ({ time: p.time, equity: toNumber(p.equity) }));
  return (
    <figure aria-label="equity curve" className="h-64 w-full">
      <ResponsiveContainer>
        <AreaChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <defs>
            <linearGradient id="equityFill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor="rgb(56 189 248)" stopOpacity={0.35} />
              <stop offset="100%" stopColor="rgb(56 189 248)" stopOpacity={0} />
            </linearGradient>
          </defs>
          <CartesianGrid {...grid} />
          <XAxis dataKey="time" tickFormatter={day} minTickGap={32} {...axis} />
          <YAxis domain={['auto', 'auto']} width={64} tickFormatter={(v: number) => `$${v.toLocaleString('en-US')}`} {...axis} />
          <Tooltip {...tooltip} labelFormatter={(label) => dateTime(String(label))} formatter={(v) => [`$${Number(v).toFixed(2)}`, 'Equity']} />
          {startingBalance !== undefined && Number.isFinite(startingBalance) && (
            <ReferenceLine y={startingBalance} stroke="rgb(148 163 184 / 0.4)" strokeDasharray="4 4" />
          )}
          <Area type="monotone" dataKey="equity" stroke="rgb(56 189 248)" strokeWidth={2} fill="url(#equityFill)" isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Realised and unrealised PnL per day, stacked, with fees below the line. */
export function DailyPnlChart({ days }: { days: readonly DailyPnl[] }) {
  const data = days.map((d) => ({ day: d.day, realized: toNumber(d.realized), unrealized: toNumber(d.unrealized), fees: -Math.abs(toNumber(d.fees)) }));
  return (
    <figure aria-label="daily pnl" className="h-56 w-full">
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} stackOffset="sign">
          <CartesianGrid {...grid} />
          <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} {...axis} />
          <YAxis width={56} {...axis} />
          <Tooltip {...tooltip} formatter={(v, name) => [`$${Number(v).toFixed(2)}`, String(name)]} cursor={{ fill: 'rgb(255 255 255 / 0.04)' }} />
          <Legend wrapperStyle={{ fontSize: 11, color: 'rgb(148 163 184)' }} />
          <ReferenceLine y={0} stroke="rgb(255 255 255 / 0.15)" />
          <Bar dataKey="realized" stackId="pnl" fill="rgb(52 211 153)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="unrealized" stackId="pnl" fill="rgb(129 140 248)" isAnimationActive={false} />
          <Bar dataKey="fees" stackId="pnl" fill="rgb(244 63 94 / 0.7)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** A wallet's score and its inputs over time, each on the same time axis. */
export function WhaleMetricsChart({ history }: { history: readonly WhaleMetricsPoint[] }) {
  const data = history.map((h) => ({
    at: h.computedAt,
    score: toNumber(h.score),
    sharpe: toNumber(h.sharpe),
    winRate: toNumber(h.winRate),
    kelly: toNumber(h.kelly),
    ev: toNumber(h.evPerDollar),
  }));
  const series: [keyof (typeof data)[number], string][] = [
    ['score', 'rgb(56 189 248)'],
    ['sharpe', 'rgb(167 139 250)'],
    ['winRate', 'rgb(52 211 153)'],
    ['kelly', 'rgb(251 191 36)'],
    ['ev', 'rgb(244 114 182)'],
  ];
  return (
    <figure aria-label="metrics over time" className="h-64 w-full">
      <ResponsiveContainer>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid {...grid} />
          <XAxis dataKey="at" tickFormatter={day} minTickGap={32} {...axis} />
          <YAxis width={44} {...axis} />
          <Tooltip {...tooltip} labelFormatter={(label) => dateTime(String(label))} formatter={(v, name) => [Number(v).toFixed(3), String(name)]} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {series.map(([key, color]) => (
            <Line key={key} type="monotone" dataKey={key} stroke={color} strokeWidth={1.75} dot={false} isAnimationActive={false} connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
