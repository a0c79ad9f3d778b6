import { useEffect, useRef } from 'react'

const boxWrap = 'flex h-11 w-11 cursor-pointer items-center justify-center sm:h-9 sm:w-9'
const box = 'h-4 w-4 cursor-pointer accent-brand'

/** The header checkbox: checked when every row is, "mixed" when some are. */
export function SelectAllBox({
  label,
  selectedCount,
  total,
  onChange,
}: {
  label: string
  selectedCount: number
  total: number
  onChange: (all: boolean) => void
}) {
  const ref = useRef<HTMLInputElement>(null)
  const all = total > 0 && selectedCount === total
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selectedCount > 0 && !all
  }, [selectedCount, all])
  return (
    <label className={boxWrap}>
      <input
        ref={ref}
        type="checkbox"
        className={box}
        aria-label={label}
        checked={all}
        onChange={() => onChange(!all)}
      />
    </label>
  )
}

export function SelectRowBox({
  label,
  checked,
  onChange,
}: {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <label className={boxWrap}>
      <input
        type="checkbox"
        className={box}
        aria-label={label}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
    </label>
  )
}
