import { renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { clearKeptInput, readKeptInput, keepInput, useKeptInput } from './kept-input'

const schema = z.object({ title: z.string() })

afterEach(() => sessionStorage.clear())

describe('session drafts', () => {
  it('keeps typed values in sessionStorage while editing and forgets them when there is nothing unsaved', () => {
    const { rerender } = renderHook(({ value }) => useKeptInput('form', value), {
      initialProps: { value: { title: 'Half-typed' } as { title: string } | undefined },
    })
    expect(readKeptInput('form', schema)).toEqual({ title: 'Half-typed' })
    rerender({ value: { title: 'Half-typed name' } })
    expect(readKeptInput('form', schema)).toEqual({ title: 'Half-typed name' })
    rerender({ value: undefined })
    expect(readKeptInput('form', schema)).toBeUndefined()
  })

  it('moves the draft when the key changes (another workflow)', () => {
    const { rerender } = renderHook(({ id }) => useKeptInput(`title:${id}`, { title: id }), {
      initialProps: { id: 'wf_1' },
    })
    rerender({ id: 'wf_2' })
    expect(readKeptInput('title:wf_1', schema)).toBeUndefined()
    expect(readKeptInput('title:wf_2', schema)).toEqual({ title: 'wf_2' })
  })

  it('ignores a stored draft that no longer matches the schema or is not JSON', () => {
    keepInput('form', { title: 42 })
    expect(readKeptInput('form', schema)).toBeUndefined()
    sessionStorage.setItem('workflow-console:draft:form', '{not json')
    expect(readKeptInput('form', schema)).toBeUndefined()
  })

  it('clears a draft once saved', () => {
    keepInput('form', { title: 'Saved' })
    clearKeptInput('form')
    expect(readKeptInput('form', schema)).toBeUndefined()
  })
})
