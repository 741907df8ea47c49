import { useState } from 'react';
import { useDeadLetterAction, useDeadLetters } from '../api/queries';
import type { DeadLetter } from '../api/types';
import { useHasRole } from '../auth/authStore';
import { testIds } from '../shell/testIds';
import { buttonDanger, buttonQuiet, buttonSmall } from '../ui/buttons';
import { ErrorNote } from '../ui/ErrorNote';
import { formatDateTime } from '../ui/format';
import { Panel } from '../ui/Panel';
import { QueryState } from '../ui/QueryState';
import { cell, headCell, idCell, row, table } from '../ui/table';

function Row({ letter }: { letter: DeadLetter }) {
  const [showOriginal, setShowOriginal] = useState(false);
  const canTrade = useHasRole('trader');
  const action = useDeadLetterAction();
  return (
    <>
      <tr className={row} data-testid={testIds.deadLetter(letter.id)}>
        <td className={idCell}>#{letter.id}</td>
        <td className={idCell}>{formatDateTime(letter.failedAt)}</td>
        <td className={cell}>
          <span className="font-mono text-xs text-slate-300">{letter.topic}</span>
          <span className="text-xs text-slate-500"> / {letter.group}</span>
        </td>
        <td className={cell}>{letter.type}</td>
        <td className={`${cell} max-w-96 whitespace-normal text-xs text-rose-200`}>{letter.error}</td>
        <td className={`${cell} text-right font-mono`}>{letter.deliveries}</td>
        <td className={cell}>
          <div className="flex gap-1">
            <button type="button" className={`${buttonQuiet} ${buttonSmall}`} onClick={() => setShowOriginal((v) => !v)} aria-expanded={showOriginal}>
              Message
            </button>
            <button type="button" className={`${buttonQuiet} ${buttonSmall}`} disabled={!canTrade || action.isPending} onClick={() => action.mutate({ id: letter.id, action: 'retry' })}>
              Retry
            </button>
            <button type="button" className={`${buttonDanger} ${buttonSmall}`} disabled={!canTrade || action.isPending} onClick={() => action.mutate({ id: letter.id, action: 'discard' })}>
              Discard
            </button>
          </div>
        </td>
      </tr>
      {(showOriginal || action.error) && (
        <tr>
          <td colSpan={7} className="border-b border-white/[0.04] px-3 py-2">
            <ErrorNote error={action.error} />
            {showOriginal && <pre className="mt-1 max-h-48 overflow-auto rounded-lg bg-slate-950/60 p-2 font-mono text-[11px] text-slate-300">{pretty(letter.original)}</pre>}
          </td>
        </tr>
      )}
    </>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** Messages a consumer gave up on, each retried (re-published unchanged) or discarded by a person. */
export function DeadLettersPanel() {
  const query = useDeadLetters();
  return (
    <Panel title="Dead letters" aside={query.data ? `${query.data.length} open` : undefined}>
      <div data-testid={testIds.deadLetters}>
        <QueryState query={query} empty="No dead letters.">
          {(letters) => (
            <table className={table}>
              <thead>
                <tr>
                  <th className={headCell}>Id</th>
                  <th className={headCell}>Failed</th>
                  <th className={headCell}>Topic / group</th>
                  <th className={headCell}>Type</th>
                  <th className={headCell}>Error</th>
                  <th className={headCell}>Tries</th>
                  <th className={headCell}>Action</th>
                </tr>
              </thead>
              <tbody>{letters.map((l) => <Row key={l.id} letter={l} />)}</tbody>
            </table>
          )}
        </QueryState>
      </div>
    </Panel>
  );
}
