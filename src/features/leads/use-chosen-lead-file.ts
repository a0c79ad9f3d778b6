import { useRef, useState } from 'react'
import { decodeTextFile, type TextEncodingName } from '../../domain/lead-file/text-encoding'
import { checkLeadFile } from './csv/file-rules'

export type ChosenLeadFile = { name: string; text: string; encoding: TextEncodingName }

/**
 * The lead file a person chose or dropped: checked (type, size), decoded (UTF-8, UTF-16,
 * Windows-1252), or the reason it cannot be read. A file chosen while an earlier one is still
 * being read wins.
 */
export function useChosenLeadFile(onChoose: () => void) {
  const [chosen, setChosen] = useState<ChosenLeadFile | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const readSeq = useRef(0)

  async function choose(file: File | undefined) {
    if (!file) return
    const seq = ++readSeq.current
    onChoose()
    const problem = checkLeadFile(file)
    if (problem) {
      setChosen(null)
      setFileError(problem)
      return
    }
    try {
      const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()))
      if (seq !== readSeq.current) return
      if (!decoded.ok) {
        setChosen(null)
        setFileError(decoded.message)
        return
      }
      setFileError(null)
      setChosen({ name: file.name, text: decoded.text, encoding: decoded.encoding })
    } catch {
      if (seq === readSeq.current) setFileError('The file could not be read. Choose it again.')
    }
  }

  return { chosen, fileError, choose }
}
