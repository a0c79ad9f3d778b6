import {
  graphBuilder,
  pcaWaitConfig,
  resendConfig,
  rulesConfig,
  voiceConfig,
  waitConfig,
  watiConfig,
} from './graph-builder'
import { SEED_AGENTS as A, SEED_PHONE_NUMBERS as P } from './resources'
import { SEED_WORKFLOWS as W } from './workflows'

/** Complete, valid graphs of the workflows that have run (active, paused, completed, cancelled). */

export function nurtureGraph() {
  const g = graphBuilder(W.nurture.id, 'nurture01')
  const loanCall = voiceConfig(A.loan.id, P.mumbai)
  const firstCall = g.node('VOICE_CALL', 'First call', [0, 1], loanCall)
  const interested = g.node(
    'CONDITIONAL',
    'Interested?',
    [2, 0],
    rulesConfig('AND', ['interested', 'equals', 'yes']),
  )
  const bookVisit = g.node(
    'VOICE_CALL',
    'Book branch visit',
    [3, 0],
    voiceConfig(A.visit.id, P.delhi),
  )
  const booked = g.node('CONVERTED', 'Visit booked', [4, 0])
  const notInterested = g.node('DROPPED', 'Not interested', [3, 1])
  const wait1 = g.node('TIME', 'Wait 2 days', [1, 2], waitConfig(2, 'days'))
  const secondCall = g.node('VOICE_CALL', 'Second call', [2, 2], loanCall)
  const wait2 = g.node('TIME', 'Wait 2 more days', [3, 3], waitConfig(2, 'days'))
  const finalCall = g.node('VOICE_CALL', 'Final attempt', [4, 3], loanCall)
  const unreachable = g.node('DROPPED', 'Unreachable after 3 tries', [5, 3])
  const missed = g.node('DROPPED', 'Booking call missed', [4, 1])
  g.edge(firstCall, interested, 'COMPLETED')
  g.edge(firstCall, wait1, 'DNP')
  g.edge(firstCall, unreachable, 'FAILED')
  g.edge(wait1, secondCall)
  g.edge(secondCall, interested, 'COMPLETED')
  g.edge(secondCall, wait2, 'DNP')
  g.edge(secondCall, unreachable, 'FAILED')
  g.edge(wait2, finalCall)
  g.edge(finalCall, interested, 'COMPLETED')
  g.edge(finalCall, unreachable, 'DNP')
  g.edge(finalCall, unreachable, 'FAILED')
  g.edge(interested, bookVisit, 'true')
  g.edge(interested, notInterested, 'false')
  g.edge(bookVisit, booked, 'COMPLETED')
  g.edge(bookVisit, missed, 'DNP')
  g.edge(bookVisit, missed, 'FAILED')
  return {
    ...g,
    ids: { firstCall, interested, bookVisit, booked, wait1, secondCall, wait2, finalCall },
  }
}

export function reengageGraph() {
  const g = graphBuilder(W.reengage.id, 'reengage1')
  const care = voiceConfig(A.care.id, P.delhi)
  const checkIn = g.node('VOICE_CALL', 'Check-in call', [0, 1], care)
  const wantsOffer = g.node(
    'CONDITIONAL',
    'Wants the offer?',
    [1, 0],
    rulesConfig('OR', ['interested', 'equals', 'yes'], ['offer_accepted', 'equals', 'yes']),
  )
  const whatsapp = g.node(
    'APPLICATION',
    'Send WhatsApp offer',
    [2, 0],
    watiConfig('winback_offer_10', { name: '{{first_name}}', last_order: '{{last_order}}' }),
  )
  const offerSent = g.node('CONVERTED', 'Offer sent', [3, 0])
  const whatsappFailed = g.node('DROPPED', 'WhatsApp failed', [3, 1])
  const notInterested = g.node('DROPPED', 'Not interested', [2, 1])
  const wait = g.node('TIME', 'Wait 1 day', [1, 2], waitConfig(1, 'days'))
  const retry = g.node('VOICE_CALL', 'Retry call', [2, 2], care)
  const noContact = g.node('DROPPED', 'No contact', [3, 2])
  g.edge(checkIn, wantsOffer, 'COMPLETED')
  g.edge(checkIn, wait, 'DNP')
  g.edge(checkIn, noContact, 'FAILED')
  g.edge(wantsOffer, whatsapp, 'true')
  g.edge(wantsOffer, notInterested, 'false')
  g.edge(whatsapp, offerSent, 'success')
  g.edge(whatsapp, whatsappFailed, 'failure')
  g.edge(wait, retry)
  g.edge(retry, wantsOffer, 'COMPLETED')
  g.edge(retry, noContact, 'DNP')
  g.edge(retry, noContact, 'FAILED')
  return { ...g, ids: { checkIn, wantsOffer, whatsapp, wait, retry } }
}

export function kycGraph() {
  const g = graphBuilder(W.kyc.id, 'kycremind')
  const care = voiceConfig(A.care.id, P.delhi)
  const call = g.node('VOICE_CALL', 'KYC reminder call', [0, 1], care)
  const uploaded = g.node(
    'CONDITIONAL',
    'Documents uploaded?',
    [1, 0],
    rulesConfig('AND', ['documents_uploaded', 'equals', 'yes']),
  )
  const complete = g.node('CONVERTED', 'KYC complete', [2, 0])
  const email = g.node(
    'APPLICATION',
    'Email upload link',
    [2, 1],
    resendConfig(
      '{{email}}',
      'Upload your KYC documents',
      'Hi {{first_name}}, upload here: https://kyc.example/{{account_number}}',
    ),
  )
  const linkSent = g.node('CONVERTED', 'Upload link sent', [3, 1])
  const bounced = g.node('DROPPED', 'Email bounced', [3, 2])
  const wait = g.node('TIME', 'Wait 3 hours', [1, 2], waitConfig(3, 'hours'))
  const failed = g.node('DROPPED', 'Number failed', [1, 3])
  const followUp = g.node('VOICE_CALL', 'Follow-up call', [2, 3], care)
  g.edge(call, uploaded, 'COMPLETED')
  g.edge(call, wait, 'DNP')
  g.edge(call, failed, 'FAILED')
  g.edge(uploaded, complete, 'true')
  g.edge(uploaded, email, 'false')
  g.edge(email, linkSent, 'success')
  g.edge(email, bounced, 'failure')
  g.edge(wait, followUp)
  g.edge(followUp, uploaded, 'COMPLETED')
  g.edge(followUp, wait, 'DNP')
  g.edge(followUp, failed, 'FAILED')
  return { ...g, ids: { call, uploaded, wait, followUp } }
}

export function legacyRunningGraph() {
  const g = graphBuilder(W.legacyRunning.id, 'legacyrun')
  const care = voiceConfig(A.care.id, P.delhi)
  const call = g.node('VOICE_CALL', 'EMI reminder call', [0, 1], care)
  const reminded = g.node('CONVERTED', 'Reminded', [2, 0])
  const wait = g.node('TIME', 'Wait 6 hours', [1, 2], waitConfig(6, 'hours'))
  const second = g.node('VOICE_CALL', 'Second reminder', [2, 2], care)
  const missed = g.node('DROPPED', 'Not reached', [3, 2])
  g.edge(call, reminded, 'COMPLETED')
  g.edge(call, wait, 'DNP')
  g.edge(call, missed, 'FAILED')
  g.edge(wait, second)
  g.edge(second, reminded, 'COMPLETED')
  g.edge(second, missed, 'DNP')
  g.edge(second, missed, 'FAILED')
  return { ...g, ids: { call, wait, second } }
}

export function renewalGraph() {
  const g = graphBuilder(W.renewal.id, 'renewal01')
  const renewalCall = voiceConfig(A.renewal.id, P.pune)
  const call = g.node('VOICE_CALL', 'Renewal call', [0, 1], renewalCall)
  const renewing = g.node(
    'CONDITIONAL',
    'Renewing?',
    [1, 0],
    rulesConfig('AND', ['will_renew', 'equals', 'yes'], ['premium_quote', 'exists']),
  )
  const payLink = g.node(
    'APPLICATION',
    'Send payment link (WhatsApp)',
    [2, 0],
    watiConfig('renewal_payment_link', { name: '{{first_name}}', policy: '{{policy_number}}' }),
  )
  const renewed = g.node('CONVERTED', 'Renewed', [3, 0])
  const linkFailed = g.node('DROPPED', 'Payment link failed', [3, 1])
  const callbackHold = g.node(
    'TIME',
    'Call back at requested time',
    [2, 1],
    pcaWaitConfig('callback_time'),
  )
  const callback = g.node('VOICE_CALL', 'Callback', [3, 2], renewalCall)
  const lost = g.node('DROPPED', 'Lost renewal', [4, 2])
  const wait = g.node('TIME', 'Wait 1 day', [1, 2], waitConfig(1, 'days'))
  g.edge(call, renewing, 'COMPLETED')
  g.edge(call, wait, 'DNP')
  g.edge(call, lost, 'FAILED')
  g.edge(renewing, payLink, 'true')
  g.edge(renewing, callbackHold, 'false')
  g.edge(payLink, renewed, 'success')
  g.edge(payLink, linkFailed, 'failure')
  g.edge(callbackHold, callback)
  g.edge(wait, callback)
  g.edge(callback, renewing, 'COMPLETED')
  g.edge(callback, lost, 'DNP')
  g.edge(callback, lost, 'FAILED')
  return { ...g, ids: { call, renewing, payLink, renewed, callbackHold, callback, wait } }
}

export function legacyNameGraph() {
  const g = graphBuilder(W.legacyName.id, 'legacynam')
  const call = g.node('VOICE_CALL', 'Upsell call', [0, 0], voiceConfig(A.care.id, P.delhi))
  const accepted = g.node('CONVERTED', 'Accepted upgrade', [1, 0])
  const noAnswer = g.node('DROPPED', 'No answer', [1, 1])
  g.edge(call, accepted, 'COMPLETED')
  g.edge(call, noAnswer, 'DNP')
  g.edge(call, noAnswer, 'FAILED')
  return { ...g, ids: { call, accepted, noAnswer } }
}

export function npsGraph() {
  const g = graphBuilder(W.nps.id, 'npssurvey')
  const call = g.node('VOICE_CALL', 'Survey call', [0, 1], voiceConfig(A.survey.id, P.bengaluru))
  const detractor = g.node(
    'CONDITIONAL',
    'Detractor?',
    [1, 0],
    rulesConfig('AND', ['nps_score', 'less_than', 7]),
  )
  const alert = g.node(
    'APPLICATION',
    'Alert account manager',
    [2, 0],
    resendConfig(
      'am-team@dialnexa-demo.example',
      'Detractor: {{first_name}}',
      'Score below 7; please call back.',
    ),
  )
  const captured = g.node('CONVERTED', 'Feedback captured', [3, 1])
  const noResponse = g.node('DROPPED', 'No response', [1, 2])
  g.edge(call, detractor, 'COMPLETED')
  g.edge(call, noResponse, 'DNP')
  g.edge(call, noResponse, 'FAILED')
  g.edge(detractor, alert, 'true')
  g.edge(detractor, captured, 'false')
  g.edge(alert, captured, 'success')
  g.edge(alert, captured, 'failure')
  return { ...g, ids: { call, detractor, alert, captured, noResponse } }
}

export function demoFollowupGraph() {
  const g = graphBuilder(W.demoFollowup.id, 'demofollo')
  const call = g.node('VOICE_CALL', 'Demo follow-up call', [0, 0], voiceConfig(A.visit.id, P.delhi))
  const extended = g.node('CONVERTED', 'Trial extended', [1, 0])
  const noAnswer = g.node('DROPPED', 'No answer', [1, 1])
  g.edge(call, extended, 'COMPLETED')
  g.edge(call, noAnswer, 'DNP')
  g.edge(call, noAnswer, 'FAILED')
  return { ...g, ids: { call, extended, noAnswer } }
}

export function webinarGraph() {
  const g = graphBuilder(W.webinar.id, 'webinar01')
  const call = g.node('VOICE_CALL', 'No-show call', [0, 1], voiceConfig(A.care.id, P.delhi))
  const send = g.node(
    'APPLICATION',
    'Send recording link',
    [1, 0],
    watiConfig('webinar_recording', { name: '{{first_name}}' }),
  )
  const sent = g.node('CONVERTED', 'Recording shared', [2, 0])
  const notSent = g.node('DROPPED', 'Could not send', [2, 1])
  const noAnswer = g.node('DROPPED', 'No answer', [1, 2])
  g.edge(call, send, 'COMPLETED')
  g.edge(call, noAnswer, 'DNP')
  g.edge(call, noAnswer, 'FAILED')
  g.edge(send, sent, 'success')
  g.edge(send, notSent, 'failure')
  return { ...g, ids: { call, send } }
}

export function feeReminderGraph() {
  const g = graphBuilder(W.feeReminder.id, 'feeremind')
  const call = g.node('VOICE_CALL', 'Fee reminder call', [0, 0], voiceConfig(A.care.id, P.delhi))
  const paid = g.node('CONVERTED', 'Paid', [1, 0])
  g.edge(call, paid, 'COMPLETED')
  return { ...g, ids: { call, paid } }
}
