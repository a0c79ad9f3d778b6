// Counts are whole numbers: grouping their digits by hand gives what `en-GB` formatting does
// ("12,345") without building an Intl formatter, whose first use loads locale data for tens of
// milliseconds while a big canvas is opening. Anything else goes through Intl.
let counts: Intl.NumberFormat | null = null

export function formatCount(n: number | undefined | null): string {
  if (n === undefined || n === null) return '—'
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',')
    return n < 0 ? `-${digits}` : digits
  }
  counts ??= new Intl.NumberFormat('en-GB')
  return counts.format(n)
}
