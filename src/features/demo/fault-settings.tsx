import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { toast } from 'sonner'
import { mockQueries } from '../../api/mock-admin'
import { Button } from '../../components/ui/button'
import { Dialog } from '../../components/ui/dialog'
import {
  describeFaults,
  formatFaultParam,
  isDefaultProfile,
  type FaultProfile,
} from './fault-profile'
import {
  clearFaultProfile,
  FAULT_PARAM,
  setFaultProfile,
  takeFaultParamProblems,
  useFaultProfile,
} from './fault-store'
import { FaultSettingsForm } from './fault-settings-form'

/**
 * The demo's "Network faults" control: extra latency, failing reads, failing writes, hanging
 * requests and offline, for this tab only. Shown when the built-in mock answers, and always while
 * faults are on (so they can be turned off even when nothing else answers).
 */
export function FaultSettings() {
  const mock = useQuery(mockQueries.state())
  const profile = useFaultProfile()
  const [open, setOpen] = useState(false)
  const active = !isDefaultProfile(profile)

  useEffect(() => {
    const problems = takeFaultParamProblems()
    if (problems.length)
      toast.warning(`Ignored in ?${FAULT_PARAM}=: ${problems.join(', ')}`, { id: 'fault-param' })
  }, [])

  if (!mock.isSuccess && !active) return null

  function apply(next: FaultProfile) {
    setFaultProfile(next)
    setOpen(false)
    toast.success(
      isDefaultProfile(next)
        ? 'Network faults off.'
        : `Network faults on: ${describeFaults(next)}.`,
      { id: 'faults' },
    )
  }

  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        className="whitespace-nowrap"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Network faults
        {active ? (
          <span className="rounded bg-red-100 px-1.5 text-xs font-semibold text-red-900">on</span>
        ) : null}
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Network faults"
        description={
          <>
            Make the mock API misbehave for this tab only; other tabs are not affected. The same
            setting as a link:{' '}
            <code className="text-xs break-all">
              ?{FAULT_PARAM}={formatFaultParam(profile)}
            </code>
          </>
        }
      >
        {open ? (
          <FaultSettingsForm initial={profile} onApply={apply} onCancel={() => setOpen(false)} />
        ) : null}
      </Dialog>
    </>
  )
}

/** A strip under the header while this tab has faults on, with a one-click way out. */
export function FaultBanner() {
  const profile = useFaultProfile()
  if (isDefaultProfile(profile)) return null
  return (
    <section
      aria-label="Network faults are on"
      className="flex flex-wrap items-center justify-center gap-x-3 gap-y-1 bg-red-50 px-4 py-1.5 text-sm text-red-950"
    >
      <p>
        <span className="font-semibold" data-testid="fault-indicator">
          Faults on: {describeFaults(profile)}
        </span>{' '}
        (this tab only)
      </p>
      <Button
        size="sm"
        onClick={() => {
          clearFaultProfile()
          toast.success('Network faults off.', { id: 'faults' })
        }}
      >
        Turn faults off
      </Button>
    </section>
  )
}
