import type { AgentRecord, PhoneNumberRecord } from '../db/types'
import { daysAgo, ORGANIZATION_ID } from './seed-time'

type AgentSeed = {
  id: string
  title: string
  published: boolean
  prompt: string
  welcome: string
  outboundNumberId: string | null
  createdDaysAgo: number
}

/**
 * Agents (tier-A `/agents2` shape). `winback` uses `{{membership_tier}}`, which no seeded
 * workflow has among its variable keys; `salesDraft` is unpublished.
 */
export const SEED_AGENTS = {
  loan: {
    id: 'agt_priyaloan001',
    title: 'Priya – Loan pre-approval',
    published: true,
    prompt:
      'You are Priya from FinEdge. Tell {{first_name}} that a personal loan of {{loan_amount}} is pre-approved. Ask whether they are interested; if yes, note interested = yes.',
    welcome: 'Hi {{first_name}}, this is Priya calling from FinEdge.',
    outboundNumberId: 'phn_mumbai000001',
    createdDaysAgo: 90,
  },
  visit: {
    id: 'agt_arjunvisit01',
    title: 'Arjun – Branch visit booking',
    published: true,
    prompt:
      'You are Arjun. Book a branch visit for {{first_name}} at the nearest branch in {{city}}. Confirm the date and time.',
    welcome: 'Hello {{first_name}}, Arjun here from FinEdge.',
    outboundNumberId: 'phn_delhi0000001',
    createdDaysAgo: 85,
  },
  clinic: {
    id: 'agt_nehaclinic01',
    title: 'Neha – Clinic appointments',
    published: true,
    prompt:
      'You are Neha from CarePlus clinics. Remind {{first_name}} of the appointment at {{appointment_time}} at {{clinic_name}} and ask them to confirm.',
    welcome: 'Hi {{first_name}}, this is Neha from {{clinic_name}}.',
    outboundNumberId: 'phn_bengaluru001',
    createdDaysAgo: 40,
  },
  renewal: {
    id: 'agt_ananyarenew1',
    title: 'Ananya – Policy renewals',
    published: true,
    prompt:
      'You are Ananya from SafeDrive Insurance. Policy {{policy_number}} of {{first_name}} expires on {{renewal_date}}. Offer a renewal quote and ask when to call back if they are busy.',
    welcome: 'Good day {{first_name}}, Ananya from SafeDrive here.',
    outboundNumberId: 'phn_pune00000001',
    createdDaysAgo: 80,
  },
  care: {
    id: 'agt_riyacare0001',
    title: 'Riya – Customer care',
    published: true,
    prompt: 'You are Riya, a friendly customer-care agent. Help {{first_name}} with their request.',
    welcome: 'Hi {{first_name}}, Riya from customer care.',
    outboundNumberId: 'phn_delhi0000001',
    createdDaysAgo: 150,
  },
  survey: {
    id: 'agt_surveynps01',
    title: 'NPS survey bot',
    published: true,
    prompt:
      'Ask {{first_name}} how likely they are to recommend us on a scale of 0 to 10; record nps_score.',
    welcome: 'Hi {{first_name}}, do you have one minute for a quick survey?',
    outboundNumberId: 'phn_bengaluru001',
    createdDaysAgo: 130,
  },
  salesDraft: {
    id: 'agt_kabirsales01',
    title: 'Kabir – Sales (draft)',
    published: false,
    prompt: 'You are Kabir. Ask {{first_name}} about their experience with {{product}}.',
    welcome: 'Hi {{first_name}}!',
    outboundNumberId: null,
    createdDaysAgo: 7,
  },
  winback: {
    id: 'agt_meerawinbk01',
    title: 'Meera – Win-back offers',
    published: true,
    prompt:
      'You are Meera from FitZone gyms. Offer {{first_name}} a comeback discount on their {{membership_tier}} membership.',
    welcome: 'Hey {{first_name}}, Meera from FitZone!',
    outboundNumberId: 'phn_delhi0000001',
    createdDaysAgo: 20,
  },
} as const satisfies Record<string, AgentSeed>

export const SEED_PHONE_NUMBERS = {
  mumbai: {
    id: 'phn_mumbai000001',
    phone_number: '+912235550101',
    label: 'Mumbai sales',
    status: 'active',
    outbound: SEED_AGENTS.loan.id,
    inbound: null,
    country: 'IN',
    type: 'local',
  },
  delhi: {
    id: 'phn_delhi0000001',
    phone_number: '+911145550102',
    label: 'Delhi branch line',
    status: 'active',
    outbound: SEED_AGENTS.visit.id,
    inbound: SEED_AGENTS.care.id,
    country: 'IN',
    type: 'local',
  },
  bengaluru: {
    id: 'phn_bengaluru001',
    phone_number: '+918045550103',
    label: 'Bengaluru clinics',
    status: 'active',
    outbound: SEED_AGENTS.clinic.id,
    inbound: null,
    country: 'IN',
    type: 'local',
  },
  pune: {
    id: 'phn_pune00000001',
    phone_number: '+912045550104',
    label: 'Renewals desk',
    status: 'active',
    outbound: SEED_AGENTS.renewal.id,
    inbound: null,
    country: 'IN',
    type: 'local',
  },
  chennaiInboundOnly: {
    id: 'phn_chennai00001',
    phone_number: '+914445550105',
    label: 'Chennai inbound (no outbound agent)',
    status: 'active',
    outbound: null,
    inbound: SEED_AGENTS.survey.id,
    country: 'IN',
    type: 'local',
  },
  tollFreePending: {
    id: 'phn_tollfree0001',
    phone_number: '+918005550106',
    label: 'Toll-free (porting)',
    status: 'pending',
    outbound: null,
    inbound: null,
    country: 'IN',
    type: 'toll_free',
  },
  newYorkUnavailable: {
    id: 'phn_usnyc0000001',
    phone_number: '+12125550107',
    label: 'New York (released)',
    status: 'unavailable',
    outbound: SEED_AGENTS.care.id,
    inbound: null,
    country: 'US',
    type: 'local',
  },
} as const

type AnalysisField = NonNullable<AgentRecord['current_version']['post_call_analysis']>[number]

/** Post-call analysis every agent fills in (contract §11.3 sentiment values). */
const COMMON_ANALYSIS: AnalysisField[] = [
  {
    name: 'sentiment',
    type: 'SELECTOR',
    options: ['positive', 'neutral', 'negative', 'unknown'],
    description: 'How the lead sounded',
  },
]

/** Each agent's own extraction fields, matching what its prompt asks it to note. */
const ANALYSIS: Record<string, AnalysisField[]> = {
  agt_priyaloan001: [
    { name: 'interested', type: 'SELECTOR', options: ['yes', 'no'], description: 'Wants the loan' },
    { name: 'offer_accepted', type: 'SELECTOR', options: ['yes', 'no'] },
  ],
  agt_arjunvisit01: [
    { name: 'visit_booked', type: 'BOOLEAN' },
    { name: 'visit_time', type: 'DateTime' },
  ],
  agt_nehaclinic01: [{ name: 'confirmed', type: 'SELECTOR', options: ['yes', 'no', 'reschedule'] }],
  agt_ananyarenew1: [
    { name: 'renewal_interest', type: 'SELECTOR', options: ['yes', 'no', 'later'] },
    { name: 'callback_time', type: 'DateTime' },
  ],
  agt_surveynps01: [{ name: 'nps_score', type: 'NUMBER', description: '0 to 10' }],
  agt_meerawinbk01: [
    { name: 'interested', type: 'SELECTOR', options: ['yes', 'no'] },
    { name: 'offer_accepted', type: 'SELECTOR', options: ['yes', 'no'] },
  ],
}

export function seedAgents(): AgentRecord[] {
  return Object.values(SEED_AGENTS).map((a: AgentSeed) => ({
    id: a.id,
    organization_id: ORGANIZATION_ID,
    folder_id: null,
    current_version_number: a.published ? 3 : 1,
    is_deleted: false,
    timezone: 'Asia/Kolkata',
    createdAt: daysAgo(a.createdDaysAgo),
    updatedAt: daysAgo(Math.max(0, a.createdDaysAgo - 5)),
    current_version: {
      agent_id: a.id,
      number: a.published ? 3 : 1,
      title: a.title,
      is_published: a.published,
      language: 'en-IN',
      prompts: { prompt_text: a.prompt, welcome_message: a.welcome },
      telephony: {
        inbound: null,
        outbound: a.outboundNumberId ? { id: a.outboundNumberId } : null,
      },
      post_call_analysis: [...COMMON_ANALYSIS, ...(ANALYSIS[a.id] ?? [])],
    },
  }))
}

export function seedPhoneNumbers(): PhoneNumberRecord[] {
  return Object.values(SEED_PHONE_NUMBERS).map((p, index) => ({
    id: p.id,
    phone_number: p.phone_number,
    label: p.label,
    nickname: p.label,
    agent_id: p.outbound,
    outbound_agent_id: p.outbound,
    inbound_agent_id: p.inbound,
    status: p.status,
    provider: 'plivo',
    country_code: p.country,
    type: p.type,
    created_at: daysAgo(200 - index * 10),
  }))
}
