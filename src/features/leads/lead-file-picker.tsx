import { useId, useState } from 'react'

type Props = {
  invalid: boolean
  onChoose: (file: File | undefined) => void
}

/** The CSV file input, also a drop zone. */
export function LeadFilePicker({ invalid, onChoose }: Props) {
  const inputId = useId()
  const [dragging, setDragging] = useState(false)
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        onChoose(e.dataTransfer.files[0])
      }}
      className={`flex flex-col gap-1 rounded-md border-2 border-dashed p-3 ${dragging ? 'border-brand bg-slate-50' : 'border-slate-300'}`}
    >
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        CSV file
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${inputId}-hint`}
        className="text-sm"
        onChange={(e) => onChoose(e.target.files?.[0])}
      />
      <p id={`${inputId}-hint`} className="text-xs text-slate-600">
        Choose a file or drop it here. Bare 10-digit numbers are read as Indian (+91). Up to 10 MB.
      </p>
    </div>
  )
}
