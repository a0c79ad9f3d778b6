import './step-icons.css'

/**
 * Small line icons (symbol fonts vary between systems); always beside a text name. Each is one
 * span with its SVG as a background (step-icons.css).
 */
const icon = (name: string) => {
  const className = `step-icon step-icon-${name}`
  return function StepIcon() {
    return <span aria-hidden="true" className={className} />
  }
}

export const PhoneIcon = icon('phone')
export const ClockIcon = icon('clock')
export const BranchIcon = icon('branch')
export const PlugIcon = icon('plug')
export const CheckIcon = icon('check')
export const StopIcon = icon('stop')
export const UnknownIcon = icon('unknown')
