/** Contract §6.1: 10 MB per upload (campaign limit, applied by analogy). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

/** Why a chosen file cannot be read as a lead CSV, or `null`. XLSX is accepted by the API but not parsed here. */
export function checkLeadFile(file: { name: string; size: number; type?: string }): string | null {
  const name = file.name.toLowerCase()
  if (name.endsWith('.xlsx') || name.endsWith('.xls')) {
    return 'Excel files cannot be checked here. Save the sheet as CSV (File › Save as › CSV) and choose that file.'
  }
  if (!name.endsWith('.csv') && file.type !== 'text/csv') return 'Choose a .csv file.'
  if (file.size === 0) return 'The file is empty.'
  if (file.size > MAX_FILE_BYTES)
    return `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB.`
  return null
}
