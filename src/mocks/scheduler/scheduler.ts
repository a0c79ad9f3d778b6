import type { MockContext } from '../context'

/** Replaced by the real scheduler in stage 3. */
export function tick(_context: MockContext) {}
