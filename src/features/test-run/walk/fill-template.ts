export type TemplatePart = { text: string } | { variable: string; value: string | null }

/**
 * A prompt with the lead's values put in: text runs and variables, a variable without a value
 * kept as `null` so the screen can mark it (DialNexa would speak it literally, contract §8.1).
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | undefined>>,
): TemplatePart[] {
  const parts: TemplatePart[] = []
  let last = 0
  for (const match of template.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)) {
    const index = match.index ?? 0
    if (index > last) parts.push({ text: template.slice(last, index) })
    const name = match[1] ?? ''
    const value = values[name]
    parts.push({ variable: name, value: value === undefined || value === '' ? null : value })
    last = index + match[0].length
  }
  if (last < template.length) parts.push({ text: template.slice(last) })
  return parts
}

export const missingVariables = (parts: readonly TemplatePart[]) => [
  ...new Set(parts.flatMap((p) => ('variable' in p && p.value === null ? [p.variable] : []))),
]
