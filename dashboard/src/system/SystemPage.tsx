import { useAudit, useSystem } from '../api/queries';
import type { SystemStatus } from '../api/types';
import { testIds } from '../shell/testIds';
import { formatDateTime } from '../ui/format';
import { Panel } from '../ui/Panel';
import { Empty, QueryState, QueryValue } from '../ui/QueryState';
import { cell, headCell, idCell, numCell, numHeadCell, row, table } from '../ui/table';
import { DeadLettersPanel } from './DeadLettersPanel';
import { FeedHealthList } from './FeedHealthList';

/** A consumer group this far behind is shown as lagging. */
const LAG_WARN = 100;

function Roles({ system }: { system: SystemStatus }) {
  if (system.roles.length === 0) return <Empty>No role has reported yet.</Empty>;
  return (
    <table className={table} aria-label="roles">
      <thead>
        <tr>
          <th className={headCell}>Role</th>
          <th className={headCell}>Instance</th>
          <th className={headCell}>State</th>
          <th className={headCell}>Mode</th>
          <th className={headCell}>Reported</th>
          <th className={headCell}>Health</th>
        </tr>
      </thead>
      <tbody>
        {system.roles.map((r) => (
          <tr key={`${r.role}/${r.instance}`} className={row} data-role={r.role}>
            <td className={cell}>{r.role}</td>
            <td className={idCell}>{r.instance}</td>
            <td className={cell}>{r.state}</td>
            <td className={`${cell} uppercase`}>{r.mode}</td>
            <td className={idCell}>{formatDateTime(r.reportedAt)}</td>
            <td className={cell}>
              <span className={`inline-flex items-center gap-1.5 ${r.healthy ? 'text-emerald-300' : 'text-rose-300'}`}>
                <span className={`size-2 rounded-full ${r.healthy ? 'bg-emerald-400' : 'bg-rose-400'}`} />
                {r.healthy ? 'healthy' : 'unhealthy'}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Bus({ system }: { system: SystemStatus }) {
  if (system.bus.length === 0) return <Empty>No consumer groups.</Empty>;
  return (
    <table className={table} aria-label="bus lag">
      <thead>
        <tr>
          <th className={headCell}>Topic</th>
          <th className={headCell}>Group</th>
          <th className={numHeadCell}>Lag</th>
          <th className={numHeadCell}>Pending</th>
        </tr>
      </thead>
      <tbody>
        {system.bus.map((b) => (
          <tr key={`${b.topic}/${b.group}`} className={row}>
            <td className={idCell}>{b.topic}</td>
            <td className={idCell}>{b.group}</td>
            <td className={`${numCell} ${b.lag !== null && b.lag > LAG_WARN ? 'text-amber-300' : ''}`}>{b.lag ?? '—'}</td>
            <td className={`${numCell} ${b.pending > 0 ? 'text-amber-300' : ''}`}>{b.pending}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Audit() {
  const query = useAudit();
  return (
    <Panel title="Audit log" className="max-h-[32rem]">
      <QueryState query={query} empty="Nothing audited yet.">
        {(entries) => (
          <table className={table} data-testid={testIds.auditLog}>
            <thead>
              <tr>
                <th className={headCell}>When</th>
                <th className={headCell}>Who</th>
                <th className={headCell}>Action</th>
                <th className={headCell}>Detail</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className={row}>
                  <td className={idCell}>{formatDateTime(e.at)}</td>
                  <td className={cell}>{e.actor}</td>
                  <td className={`${cell} font-mono text-xs`}>{e.action}</td>
                  <td className={`${cell} whitespace-normal text-xs text-slate-400`}>{e.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </Panel>
  );
}

/** The machine: which roles run and report, feed staleness, bus lag, dead letters and the audit trail. */
export function SystemPage() {
  const query = useSystem();
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-auto [&>*]:shrink-0" data-testid={testIds.page('system')}>
      <QueryValue query={query}>
        {(system) => (
          <>
            <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
              <Panel title="Roles" aside={`${system.roles.filter((r) => r.healthy).length}/${system.roles.length} healthy`}><Roles system={system} /></Panel>
              <Panel title="Feeds"><FeedHealthList feeds={system.feeds} /></Panel>
            </div>
            <Panel title="Bus" aside={`${system.deadLetters} dead letters`}><Bus system={system} /></Panel>
          </>
        )}
      </QueryValue>
      <DeadLettersPanel />
      <Audit />
    </div>
  );
}
