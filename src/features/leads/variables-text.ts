/** `name=Priya, city=Pune` — compact; the full text goes into a title as well. */
export function variablesText(variables: Record<string, string>): string {
  return Object.entries(variables)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')
}
