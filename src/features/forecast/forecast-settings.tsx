import { useId } from 'react'
import { inputClass } from '../../components/ui/field'
import type { ForecastSettings } from './forecast-settings-model'
import type { Assumptions } from './simulation/forecast-types'

type Props = {
  settings: ForecastSettings
  onChange: (next: ForecastSettings) => void
  /** No lead is still moving: the user types how many to imagine. */
  typedLeads: boolean
}

function NumberField(props: {
  id: string
  label: string
  value: number
  onChange: (n: number) => void
  min: number
  max: number
  step?: number
  hint?: string
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={props.id} className="text-sm font-medium text-slate-800">
        {props.label}
      </label>
      <input
        id={props.id}
        type="number"
        className={inputClass}
        value={Number.isFinite(props.value) ? props.value : ''}
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.valueAsNumber)}
      />
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-xs text-slate-600">
          {props.hint}
        </p>
      ) : null}
    </div>
  )
}

const percent = (share: number) => Math.round(share * 1000) / 10

/** The forecast's inputs: limit, days, calling window, and the assumptions with their defaults. */
export function ForecastSettingsForm({ settings, onChange, typedLeads }: Props) {
  const id = useId()
  const set = (patch: Partial<ForecastSettings>) => onChange({ ...settings, ...patch })
  const assume = (patch: Partial<Assumptions>) =>
    onChange({ ...settings, assumptions: { ...settings.assumptions, ...patch } })
  const a = settings.assumptions
  const failed = Math.max(0, 100 - percent(a.completedShare) - percent(a.didNotPickShare))
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => e.preventDefault()}
      aria-label="Forecast settings"
    >
      <NumberField
        id={`${id}-limit`}
        label="Concurrency limit (lines)"
        value={settings.concurrency}
        min={1}
        max={1000}
        hint="Calls the workspace can have at once. Default 5 (Starter plan); kept in this browser."
        onChange={(concurrency) => set({ concurrency })}
      />
      <NumberField
        id={`${id}-days`}
        label="Days to simulate"
        value={settings.days}
        min={1}
        max={60}
        onChange={(days) => set({ days })}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">
          Calling window (lead’s local time)
        </legend>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <label htmlFor={`${id}-from`} className="text-sm text-slate-700">
            From
          </label>
          <input
            id={`${id}-from`}
            type="time"
            className={`${inputClass} w-32`}
            value={settings.windowStart}
            onChange={(e) => set({ windowStart: e.target.value })}
          />
          <label htmlFor={`${id}-to`} className="text-sm text-slate-700">
            to
          </label>
          <input
            id={`${id}-to`}
            type="time"
            className={`${inputClass} w-32`}
            value={settings.windowEnd}
            onChange={(e) => set({ windowEnd: e.target.value })}
          />
        </div>
      </fieldset>
      {typedLeads ? (
        <>
          <NumberField
            id={`${id}-leads`}
            label="Leads to forecast"
            value={settings.typedLeads}
            min={0}
            max={20_000}
            hint="No lead is moving through this workflow yet."
            onChange={(typedLeads) => set({ typedLeads })}
          />
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-phone`} className="text-sm font-medium text-slate-800">
              Their phone numbers look like
            </label>
            <input
              id={`${id}-phone`}
              className={inputClass}
              value={settings.typedPhone}
              onChange={(e) => set({ typedPhone: e.target.value })}
            />
          </div>
        </>
      ) : null}
      <fieldset className="flex flex-col gap-2 rounded-md border border-slate-200 p-2">
        <legend className="px-1 text-sm font-medium text-slate-800">
          Assumptions, where the workflow has no history
        </legend>
        <NumberField
          id={`${id}-completed`}
          label="Calls completed (%)"
          value={percent(a.completedShare)}
          min={0}
          max={100}
          hint="Default 55 %."
          onChange={(n) => assume({ completedShare: n / 100 })}
        />
        <NumberField
          id={`${id}-dnp`}
          label="Calls not picked up (%)"
          value={percent(a.didNotPickShare)}
          min={0}
          max={100}
          hint={`Default 30 %. Failed: the rest, ${failed} %.`}
          onChange={(n) => assume({ didNotPickShare: n / 100 })}
        />
        <NumberField
          id={`${id}-minutes`}
          label="Completed call length (minutes)"
          value={a.completedCallMinutes}
          min={0.1}
          max={120}
          step={0.5}
          hint="Default 3. A call not picked up or failed holds a line 45 seconds."
          onChange={(completedCallMinutes) => assume({ completedCallMinutes })}
        />
        <NumberField
          id={`${id}-true`}
          label="Conditions true (%)"
          value={percent(a.conditionTrueShare)}
          min={0}
          max={100}
          hint="Default 50 %. A condition on lead variables only is worked out per lead."
          onChange={(n) => assume({ conditionTrueShare: n / 100 })}
        />
        <NumberField
          id={`${id}-pca`}
          label="Wait for a callback time (hours)"
          value={a.pcaWaitHours}
          min={0}
          max={720}
          hint="Default 24: how long a wait on a post-call-analysis time holds."
          onChange={(pcaWaitHours) => assume({ pcaWaitHours })}
        />
        <p className="text-xs text-slate-600">
          Actions succeed unless a variable they use is missing (as the mock runs them), or at the
          rate the history shows.
        </p>
      </fieldset>
    </form>
  )
}
