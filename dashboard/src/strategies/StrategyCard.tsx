import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useUpdateStrategy } from '../api/queries';
import type { Strategy, StrategyParameter } from '../api/types';
import { useHasRole } from '../auth/authStore';
import { testIds } from '../shell/testIds';
import { buttonPrimary, buttonQuiet, input } from '../ui/buttons';
import { ErrorNote } from '../ui/ErrorNote';
import { paramText, validateParam } from './paramValidation';

function initial(strategy: Strategy): Record<string, string> {
  return Object.fromEntries(strategy.parameters.map((p) => [p.key, paramText(p)]));
}

function ParamField({ parameter, value, error, disabled, onChange }: {
  parameter: StrategyParameter;
  value: string;
  error: string | null;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const id = `param-${parameter.key}`;
  const range = [parameter.min !== null ? `min ${parameter.min}` : null, parameter.max !== null ? `max ${parameter.max}` : null].filter(Boolean).join(' · ');
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_10rem] items-start gap-3 py-2">
      <label htmlFor={id} className="text-sm">
        <span className="font-mono text-slate-200">{parameter.key}</span>
        <span className="ml-2 text-[11px] uppercase tracking-wider text-slate-500">{parameter.type}{range ? ` · ${range}` : ''}</span>
        {parameter.description && <span className="block text-xs text-slate-500">{parameter.description}</span>}
      </label>
      <div>
        {parameter.type === 'boolean' ? (
          <select id={id} className={input} data-testid={testIds.strategyParam(parameter.key)} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
            <option value="true">true</option>
            <option value="false">false</option>
          </select>
        ) : (
          <input
            id={id}
            className={`${input} font-mono`}
            data-testid={testIds.strategyParam(parameter.key)}
            value={value}
            disabled={disabled}
            inputMode={parameter.type === 'duration' ? 'text' : 'decimal'}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {error && <p id={`${id}-error`} className="mt-1 text-xs text-rose-300">{error}</p>}
      </div>
    </div>
  );
}

/** A strategy's on/off switch and its parameters, edited live: checked here from min/max/type, then by the gateway. */
export function StrategyCard({ strategy }: { strategy: Strategy }) {
  const canTrade = useHasRole('trader');
  const update = useUpdateStrategy(strategy.name);
  const [values, setValues] = useState(() => initial(strategy));
  const [saved, setSaved] = useState(false);

  // A change from elsewhere (another operator, a live frame) replaces the form unless it is being edited.
  const serverValues = useMemo(() => initial(strategy), [strategy]);
  const base = useRef(serverValues);
  useEffect(() => {
    const before = JSON.stringify(base.current);
    base.current = serverValues;
    setValues((current) => (JSON.stringify(current) === before ? serverValues : current));
  }, [serverValues]);

  const errors = Object.fromEntries(strategy.parameters.map((p) => [p.key, validateParam(p, values[p.key] ?? '')]));
  const changed = strategy.parameters.filter((p) => (values[p.key] ?? '').trim() !== paramText(p));
  const invalid = Object.values(errors).some((e) => e !== null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (invalid || changed.length === 0) return;
    setSaved(false);
    const parameters = Object.fromEntries(
      changed.map((p) => [p.key, p.type === 'boolean' ? values[p.key] === 'true' : (values[p.key] ?? '').trim()]),
    );
    try {
      await update.mutateAsync({ parameters });
      setSaved(true);
    } catch {
      // Shown below from the mutation's error.
    }
  }

  return (
    <section className="glass rounded-2xl" data-testid={testIds.strategy(strategy.name)} aria-label={`strategy ${strategy.name}`}>
      <header className="flex items-center justify-between gap-3 border-b border-white/5 px-4 py-3">
        <div>
          <h2 className="font-semibold text-slate-100">{strategy.name}</h2>
          {strategy.description && <p className="text-xs text-slate-500">{strategy.description}</p>}
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-300">
          <span>{strategy.enabled ? 'Enabled' : 'Disabled'}</span>
          <input
            type="checkbox"
            role="switch"
            aria-label={`enable ${strategy.name}`}
            data-testid={testIds.strategyEnabled(strategy.name)}
            className="size-4 accent-emerald-500"
            checked={strategy.enabled}
            disabled={!canTrade || update.isPending}
            onChange={(e) => update.mutate({ enabled: e.target.checked })}
          />
        </label>
      </header>
      <form onSubmit={save} className="px-4 py-2" noValidate>
        {strategy.parameters.length === 0 && <p className="py-3 text-sm text-slate-500">No parameters.</p>}
        <div className="divide-y divide-white/[0.04]">
          {strategy.parameters.map((p) => (
            <ParamField
              key={p.key}
              parameter={p}
              value={values[p.key] ?? ''}
              error={errors[p.key] ?? null}
              disabled={!canTrade}
              onChange={(value) => {
                setSaved(false);
                update.reset();
                setValues((v) => ({ ...v, [p.key]: value }));
              }}
            />
          ))}
        </div>
        <div className="space-y-2 py-3">
          <ErrorNote error={update.error} />
          <div className="flex items-center justify-end gap-2">
            {saved && <span role="status" className="text-xs text-emerald-300">Saved and applied.</span>}
            <button type="button" className={buttonQuiet} disabled={changed.length === 0} onClick={() => { update.reset(); setValues(serverValues); }}>
              Reset
            </button>
            <button type="submit" className={buttonPrimary} data-testid={testIds.strategySave} disabled={!canTrade || invalid || changed.length === 0 || update.isPending}>
              {update.isPending ? 'Saving…' : changed.length > 0 ? `Save ${changed.length} change${changed.length > 1 ? 's' : ''}` : 'Save'}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
