import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState } from 'react'
import { toast } from '../../lib/toast'
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
  FAULT_PARAM,
  setFaultProfile,
  takeFaultParamProblems,
  useFaultProfile,
} from './fault-store'

// The form (react-hook-form, zod) is only needed once the dialog opens: not in the first load.
const FaultSettingsForm = lazy(() =>
  import('./fault-settings-form').then((m) => ({ default: m.FaultSettingsForm })),
)

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
          <Suspense fallback={<p role="status">Loading the settings…</p>}>
            <FaultSettingsForm initial={profile} onApply={apply} onCancel={() => setOpen(false)} />
          </Suspense>
        ) : null}
      </Dialog>
    </>
  )
}
