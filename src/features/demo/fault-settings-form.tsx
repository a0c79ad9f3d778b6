import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { env } from '../../lib/env'
import { Button } from '../../components/ui/button'
import { Field, inputClass } from '../../components/ui/field'
import { formatSeconds, type FaultProfile } from './fault-profile'

type FormValues = {
  latencyMs: string
  readFailurePercent: string
  writeFailure: 'none' | '409' | '500'
  hang: boolean
  offline: boolean
  timeoutSeconds: string
}

const numberIn = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((s) => s !== '' && Number(s) >= min && Number(s) <= max, message)
    .transform(Number)

const formSchema = z
  .object({
    latencyMs: numberIn(0, 60_000, 'Between 0 and 60000 ms.'),
    readFailurePercent: numberIn(0, 100, 'Between 0 and 100 %.'),
    writeFailure: z.enum(['none', '409', '500']),
    hang: z.boolean(),
    offline: z.boolean(),
    timeoutSeconds: z
      .string()
      .trim()
      .refine(
        (s) => s === '' || (Number(s) >= 0.5 && Number(s) <= 600),
        'Between 0.5 and 600 seconds, or empty for the default.',
      ),
  })
  .transform((v): FaultProfile => ({
    latencyMs: Math.round(v.latencyMs),
    readFailureRate: v.readFailurePercent / 100,
    writeFailure: v.writeFailure === 'none' ? null : v.writeFailure,
    hang: v.hang,
    offline: v.offline,
    timeoutMs: v.timeoutSeconds === '' ? undefined : Math.round(Number(v.timeoutSeconds) * 1000),
  }))

function toFormValues(p: FaultProfile): FormValues {
  return {
    latencyMs: String(p.latencyMs),
    readFailurePercent: String(Math.round(p.readFailureRate * 1000) / 10),
    writeFailure: p.writeFailure ?? 'none',
    hang: p.hang,
    offline: p.offline,
    timeoutSeconds: p.timeoutMs === undefined ? '' : String(p.timeoutMs / 1000),
  }
}

const checkboxClass = 'size-4 rounded border-slate-400 accent-brand'

/** The fields of the "Network faults" dialog; `onApply` gets a complete profile. */
export function FaultSettingsForm({
  initial,
  onApply,
  onCancel,
}: {
  initial: FaultProfile
  onApply: (profile: FaultProfile) => void
  onCancel: () => void
}) {
  const form = useForm<FormValues, unknown, FaultProfile>({
    resolver: zodResolver(formSchema),
    defaultValues: toFormValues(initial),
  })
  const { errors } = form.formState
  const defaultTimeout = formatSeconds(env.apiTimeoutMs)

  return (
    <form noValidate className="flex flex-col gap-3" onSubmit={form.handleSubmit(onApply)}>
      <Field id="fault-latency" label="Extra latency (ms)" error={errors.latencyMs?.message}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            max={60_000}
            step={100}
            className={inputClass}
            {...form.register('latencyMs')}
          />
        )}
      </Field>
      <Field
        id="fault-reads"
        label="Reads failing with 503 (%)"
        hint="Failed reads are retried with backoff before an error shows."
        error={errors.readFailurePercent?.message}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step={5}
            className={inputClass}
            {...form.register('readFailurePercent')}
          />
        )}
      </Field>
      <Field id="fault-writes" label="Writes answer">
        <select id="fault-writes" className={inputClass} {...form.register('writeFailure')}>
          <option value="none">Normally</option>
          <option value="409">409 Conflict</option>
          <option value="500">500 Server error</option>
        </select>
      </Field>
      <div className="flex items-center gap-2">
        <input
          id="fault-hang"
          type="checkbox"
          className={checkboxClass}
          {...form.register('hang')}
        />
        <label htmlFor="fault-hang" className="text-sm text-slate-800">
          Requests never answer
        </label>
      </div>
      <div className="flex items-center gap-2">
        <input
          id="fault-offline"
          type="checkbox"
          className={checkboxClass}
          {...form.register('offline')}
        />
        <label htmlFor="fault-offline" className="text-sm text-slate-800">
          Offline (the connection drops)
        </label>
      </div>
      <Field
        id="fault-timeout"
        label="Give up waiting after (seconds)"
        hint={`Empty: the default, ${defaultTimeout}.`}
        error={errors.timeoutSeconds?.message}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="decimal"
            min={0.5}
            max={600}
            step={0.5}
            placeholder={String(env.apiTimeoutMs / 1000)}
            className={inputClass}
            {...form.register('timeoutSeconds')}
          />
        )}
      </Field>
      <div className="mt-2 flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary">
          Apply to this tab
        </Button>
      </div>
    </form>
  )
}
