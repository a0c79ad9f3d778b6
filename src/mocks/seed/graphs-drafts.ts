import {
  graphBuilder,
  rulesConfig,
  resendConfig,
  voiceConfig,
  waitConfig,
  watiConfig,
} from './graph-builder'
import { SEED_AGENTS as A, SEED_PHONE_NUMBERS as P } from './resources'
import { SEED_WORKFLOWS as W } from './workflows'

/**
 * Draft graphs. Deliberate mistakes, for the preflight feature and the activation 400:
 *
 * - `appointmentReady` "Appointment reminder (ready)": none — complete, valid, agents published,
 *   numbers active, prompt variables covered by its pending leads' columns. Activates cleanly.
 * - `cartAbandonment` "Cart abandonment recovery":
 *   1. VOICE_CALL "Cart reminder call" has no agent_id;
 *   2. CONDITIONAL "Wants discount?" has a `true` edge but no `false` edge;
 *   3. APPLICATION "Send discount code" has a `success` edge but no `failure` route.
 * - `winback` "Gym membership win-back":
 *   1. VOICE_CALL "Old intro call" is an orphan (no edges): a second entry node, unreachable,
 *      with no outgoing edge;
 *   2. TIME "Cool-off" has no duration;
 *   3. DROPPED "Lapsed" has an outgoing edge (inserted directly; the API answers 400 for it);
 *   4. "Retry call" ⇄ "Last-chance call": a VOICE_CALL→VOICE_CALL cycle with no TIME in between;
 *   5. its agent (Meera) uses `{{membership_tier}}`, which is not among the variable keys.
 * - `feedback` "Post-delivery feedback call":
 *   1. VOICE_CALL "Feedback call" uses the unpublished agent "Kabir – Sales (draft)";
 *   2. VOICE_CALL "Courier follow-up" uses the pending (inactive) toll-free number.
 * - `siteVisit` "Property site-visit booking": empty graph.
 */

export function appointmentReadyGraph() {
  const g = graphBuilder(W.appointmentReady.id, 'apptready')
  const clinic = voiceConfig(A.clinic.id, P.bengaluru)
  const call = g.node('VOICE_CALL', 'Reminder call', [0, 1], clinic)
  const confirmed = g.node(
    'CONDITIONAL',
    'Confirmed?',
    [1, 0],
    rulesConfig('AND', ['confirmed', 'equals', 'yes']),
  )
  const done = g.node('CONVERTED', 'Appointment confirmed', [2, 0])
  const reschedule = g.node(
    'APPLICATION',
    'WhatsApp reschedule link',
    [2, 1],
    watiConfig('reschedule_link', { name: '{{first_name}}', clinic: '{{clinic_name}}' }),
  )
  const linkSent = g.node('CONVERTED', 'Reschedule link sent', [3, 1])
  const unreachable = g.node('DROPPED', 'Could not reach', [3, 2])
  const wait = g.node('TIME', 'Wait 2 hours', [1, 2], waitConfig(2, 'hours'))
  const second = g.node('VOICE_CALL', 'Second reminder', [2, 2], clinic)
  g.edge(call, confirmed, 'COMPLETED')
  g.edge(call, wait, 'DNP')
  g.edge(call, unreachable, 'FAILED')
  g.edge(confirmed, done, 'true')
  g.edge(confirmed, reschedule, 'false')
  g.edge(reschedule, linkSent, 'success')
  g.edge(reschedule, unreachable, 'failure')
  g.edge(wait, second)
  g.edge(second, confirmed, 'COMPLETED')
  g.edge(second, unreachable, 'DNP')
  g.edge(second, unreachable, 'FAILED')
  return { ...g, ids: { call, confirmed, done, reschedule, wait, second } }
}

export function cartAbandonmentGraph() {
  const g = graphBuilder(W.cartAbandonment.id, 'cartaband')
  const call = g.node('VOICE_CALL', 'Cart reminder call', [0, 1], {
    from_phone_number: P.mumbai.phone_number,
    phone_number_id: P.mumbai.id,
  })
  const wantsDiscount = g.node(
    'CONDITIONAL',
    'Wants discount?',
    [1, 0],
    rulesConfig('AND', ['wants_discount', 'equals', 'yes']),
  )
  const code = g.node(
    'APPLICATION',
    'Send discount code',
    [2, 0],
    watiConfig('cart_discount', { name: '{{first_name}}' }),
  )
  const recovered = g.node('CONVERTED', 'Order recovered', [3, 0])
  const noAnswer = g.node('DROPPED', 'No answer', [1, 2])
  g.edge(call, wantsDiscount, 'COMPLETED')
  g.edge(call, noAnswer, 'DNP')
  g.edge(call, noAnswer, 'FAILED')
  g.edge(wantsDiscount, code, 'true')
  g.edge(code, recovered, 'success')
  return { ...g, ids: { call, wantsDiscount, code } }
}

export function winbackGraph() {
  const g = graphBuilder(W.winback.id, 'gymwinbac')
  const meera = voiceConfig(A.winback.id, P.delhi)
  const call = g.node('VOICE_CALL', 'Win-back call', [0, 1], meera)
  const retry = g.node('VOICE_CALL', 'Retry call', [1, 2], meera)
  const lastChance = g.node('VOICE_CALL', 'Last-chance call', [2, 2], meera)
  const coolOff = g.node('TIME', 'Cool-off', [1, 3], { time_source: 'fixed_duration' })
  const lapsed = g.node('DROPPED', 'Lapsed', [2, 3])
  const rejoined = g.node('CONVERTED', 'Rejoined', [3, 1])
  const orphan = g.node('VOICE_CALL', 'Old intro call', [0, 4], meera)
  g.edge(call, rejoined, 'COMPLETED')
  g.edge(call, retry, 'DNP')
  g.edge(call, coolOff, 'FAILED')
  g.edge(retry, rejoined, 'COMPLETED')
  g.edge(retry, lastChance, 'DNP')
  g.edge(retry, lapsed, 'FAILED')
  g.edge(lastChance, rejoined, 'COMPLETED')
  g.edge(lastChance, retry, 'DNP')
  g.edge(lastChance, lapsed, 'FAILED')
  g.edge(coolOff, lapsed)
  g.edge(lapsed, rejoined)
  return { ...g, ids: { call, retry, lastChance, coolOff, lapsed, orphan } }
}

export function feedbackGraph() {
  const g = graphBuilder(W.feedback.id, 'feedback0')
  const call = g.node('VOICE_CALL', 'Feedback call', [0, 1], voiceConfig(A.salesDraft.id, P.mumbai))
  const happy = g.node(
    'CONDITIONAL',
    'Happy with delivery?',
    [1, 0],
    rulesConfig('AND', ['rating', 'greater_than', 3]),
  )
  const happyCustomer = g.node('CONVERTED', 'Happy customer', [2, 0])
  const escalate = g.node(
    'APPLICATION',
    'Email support team',
    [2, 1],
    resendConfig(
      'support@dialnexa-demo.example',
      'Unhappy delivery: {{first_name}}',
      'Please follow up.',
    ),
  )
  const escalated = g.node('CONVERTED', 'Escalated to support', [3, 1])
  const wait = g.node('TIME', 'Wait 1 day', [1, 2], waitConfig(1, 'days'))
  const closed = g.node('DROPPED', 'Closed without feedback', [3, 3])
  const courier = g.node(
    'VOICE_CALL',
    'Courier follow-up',
    [2, 2],
    voiceConfig(A.care.id, P.tollFreePending),
  )
  g.edge(call, happy, 'COMPLETED')
  g.edge(call, wait, 'DNP')
  g.edge(call, closed, 'FAILED')
  g.edge(happy, happyCustomer, 'true')
  g.edge(happy, escalate, 'false')
  g.edge(escalate, escalated, 'success')
  g.edge(escalate, closed, 'failure')
  g.edge(wait, courier)
  g.edge(courier, happy, 'COMPLETED')
  g.edge(courier, closed, 'DNP')
  g.edge(courier, closed, 'FAILED')
  return { ...g, ids: { call, courier } }
}
