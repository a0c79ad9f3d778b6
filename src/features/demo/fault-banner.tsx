import { toast } from '../../lib/toast'
import { Button } from '../../components/ui/button'
import { describeFaults, isDefaultProfile } from './fault-profile'
import { clearFaultProfile, useFaultProfile } from './fault-store'

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
