import { MockControls } from '../workflows/mock-controls'
import { ClockControl } from './clock-control'
import { FaultSettings } from './fault-settings'

/** The demo bar's controls; each renders nothing against a real API. Loaded after start-up. */
export default function DemoControls() {
  return (
    <>
      <MockControls />
      <ClockControl />
      <FaultSettings />
    </>
  )
}
