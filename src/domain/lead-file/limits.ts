/** Contract §6.1: at most 10 MB per lead file. */
export const MAX_LEAD_FILE_BYTES = 10 * 1024 * 1024

/**
 * Rows enrolled from one file (mock recommendation of ours, not in the public docs): a 10 MB
 * file of short rows holds ~660,000 leads, which no campaign enrols in one go and which would
 * hold the mock's memory and scheduler hostage. Larger lists are split into several files.
 */
export const MAX_LEAD_ROWS = 100_000

/** Errors per reason listed by row number; the rest are counted. */
export const MAX_LISTED_ROWS = 20
