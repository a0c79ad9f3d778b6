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
    <div role="group" aria-label="Network faults" className="flex items-center gap-2 text-sm">
      {active ? (
        <>
          <span
            className="max-w-72 truncate rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900"
            title={describeFaults(profile)}
            data-testid="fault-indicator"
          >
            Faults on: {describeFaults(profile)}
          </span>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              clearFaultProfile()
              toast.success('Network faults off.', { id: 'faults' })
            }}
          >
            Turn faults off
          </Button>
        </>
      ) : null}
      <Button size="sm" variant="ghost" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Network faults
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Network faults"
        description={
          <>
            Make the mock API misbehave for this tab only; other tabs are not affected. The same
            setting as a link:{' '}
            <code className="text-xs">
              ?{FAULT_PARAM}={formatFaultParam(profile)}
            </code>
          </>
        }
      >
        {open ? (
          <FaultSettingsForm initial={profile} onApply={apply} onCancel={() => setOpen(false)} />
        ) : null}
      </Dialog>
    </div>
  )
}
