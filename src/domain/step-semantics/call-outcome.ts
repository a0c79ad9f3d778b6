/** A VOICE_CALL's outputs (contract §7.2). */
export type VoiceOutput = 'COMPLETED' | 'DNP' | 'FAILED'

/** Call results the engine tells apart; each maps to an output and maybe a finer edge label. */
export type CallStatus = 'completed' | 'no_answer' | 'busy' | 'voicemail' | 'failed'

export type CallOutcome = { output: VoiceOutput; refinement: string | null }

/** Outcome mapping (contract §7.2 mock recommendation): no answer, busy and voicemail are DNP. */
export const CALL_OUTCOMES: Record<CallStatus, CallOutcome> = {
  completed: { output: 'COMPLETED', refinement: null },
  no_answer: { output: 'DNP', refinement: 'NO_ANSWER' },
  busy: { output: 'DNP', refinement: 'BUSY' },
  voicemail: { output: 'DNP', refinement: 'VOICEMAIL' },
  failed: { output: 'FAILED', refinement: null },
}

/** Only a completed call has post-call analysis (contract §11.4). */
export const hasAnalysis = (status: CallStatus) => status === 'completed'
