import { useId, useState, type KeyboardEvent } from 'react'
import { z } from 'zod'
import { clearKeptInput, readKeptInput, useKeptInput } from '../../lib/session/kept-input'
import { describeError } from '../../api/api-error'
import { Button } from '../../components/ui/button'
import { inputClass } from '../../components/ui/field'
import { UnsavedChangesGuard } from '../../components/ui/unsaved-changes-guard'

type Props = {
  /** Accessible name of the value, e.g. "name" or "description". */
  name: string
  /** sessionStorage key for unsaved text, so a sign-in reload does not lose it. */
  draftKey: string
  value: string
  multiline?: boolean
  placeholder?: string
  validate: (text: string) => string | undefined
  onSave: (text: string) => Promise<unknown>
  disabled?: boolean
  renderValue: (value: string) => React.ReactNode
}

/** Click "Edit", type, Enter/Save. On a refusal the text stays and the reason shows beside it. */
export function InlineEdit({
  name,
  draftKey,
  value,
  multiline,
  placeholder,
  validate,
  onSave,
  disabled,
  renderValue,
}: Props) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(
    () => readKeptInput(draftKey, z.string()) ?? null,
  )
  useKeptInput(draftKey, draft ?? undefined)
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)

  async function save() {
    if (draft === null) return
    const problem = validate(draft)
    if (problem) return setError(problem)
    if (draft.trim() === value.trim()) return setDraft(null)
    setSaving(true)
    try {
      await onSave(draft.trim())
      clearKeptInput(draftKey)
      setDraft(null)
      setError(undefined)
    } catch (e) {
      setError(describeError(e))
    } finally {
      setSaving(false)
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      setDraft(null)
      setError(undefined)
    } else if (e.key === 'Enter' && (!multiline || e.metaKey || e.ctrlKey)) {
      e.preventDefault()
      void save()
    }
  }

  if (draft === null) {
    return (
      <div className="flex items-start gap-2">
        {renderValue(value)}
        {disabled ? null : (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => setDraft(value)}
            aria-label={`Edit ${name}`}
          >
            Edit
          </Button>
        )}
      </div>
    )
  }

  const Control = multiline ? 'textarea' : 'input'
  return (
    <div className="flex flex-col gap-1">
      <UnsavedChangesGuard when={draft.trim() !== value.trim()} what={`edits to the ${name}`} />
      <label htmlFor={id} className="sr-only">
        Workflow {name}
      </label>
      <div className="flex items-start gap-2">
        <Control
          id={id}
          className={`${inputClass} w-full max-w-2xl ${multiline ? 'h-auto py-2' : ''}`}
          rows={multiline ? 3 : undefined}
          value={draft}
          placeholder={placeholder}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- focus follows the user's click on Edit
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button size="sm" variant="primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
        <Button size="sm" onClick={() => (setDraft(null), setError(undefined))}>
          Cancel
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
