/** Deterministic, realistic values for seeded lead columns (picked by lead index). */
const FIRST_NAMES = [
  'Priya',
  'Rahul',
  'Ananya',
  'Vikram',
  'Sneha',
  'Arjun',
  'Kavya',
  'Rohan',
  'Isha',
  'Aditya',
  'Meera',
  'Karan',
  'Divya',
  'Siddharth',
  'Pooja',
  'Nikhil',
  'Aisha',
  'Varun',
  'Neha',
  'Farhan',
]
const CITIES = [
  'Mumbai',
  'Pune',
  'Bengaluru',
  'Delhi',
  'Hyderabad',
  'Chennai',
  'Kolkata',
  'Ahmedabad',
]
const BRANCHES = [
  'Andheri West',
  'Koregaon Park',
  'Indiranagar',
  'Connaught Place',
  'Banjara Hills',
  'T. Nagar',
]
const PRODUCTS = [
  'Running shoes',
  'Air fryer',
  'Yoga mat',
  'Wireless earbuds',
  'Cotton kurta',
  'Smart watch',
]
const VEHICLES = ['Maruti Swift', 'Hyundai Creta', 'Tata Nexon', 'Honda City', 'Mahindra XUV700']
const CLINICS = ['CarePlus Koramangala', 'CarePlus Whitefield', 'CarePlus HSR Layout']
const COMPANIES = ['Acme Logistics', 'Bright Retail', 'Nimbus Health', 'Orbit Foods', 'Zen Fintech']

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T
const pad = (n: number, width: number) => String(n).padStart(width, '0')

const VALUE: Record<string, (i: number) => string> = {
  first_name: (i) => pick(FIRST_NAMES, i),
  loan_amount: (i) => `₹${(2 + (i % 9)) * 50_000}`,
  city: (i) => pick(CITIES, i),
  branch: (i) => pick(BRANCHES, i),
  last_order: (i) => pick(PRODUCTS, i),
  email: (i) => `${pick(FIRST_NAMES, i).toLowerCase()}.${pad(i, 2)}@example.com`,
  account_number: (i) => `AC${pad(40_210 + i * 7, 8)}`,
  emi_amount: (i) => `₹${(8 + (i % 6)) * 1_250}`,
  due_date: (i) => `2026-11-${pad(5 + (i % 20), 2)}`,
  policy_number: (i) => `SD-MTR-${pad(70_100 + i * 13, 6)}`,
  renewal_date: (i) => `2026-11-${pad(10 + (i % 18), 2)}`,
  vehicle: (i) => pick(VEHICLES, i),
  card_type: (i) => pick(['Platinum', 'Gold', 'Classic'], i),
  account_manager: (i) => pick(['Ritu Menon', 'Sameer Khan', 'Latha Iyer'], i),
  company: (i) => pick(COMPANIES, i),
  webinar_title: () => 'Home loans 101',
  appointment_time: (i) => `2026-11-02 ${pad(9 + (i % 8), 2)}:30`,
  clinic_name: (i) => pick(CLINICS, i),
  last_visit: (i) => `2026-0${1 + (i % 8)}-15`,
}

export function leadVariables(keys: readonly string[], index: number): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, VALUE[key]?.(index) ?? `value ${index + 1}`]))
}

/** `+9198` + workflow number + lead number: unique, valid Indian mobile numbers. */
export function leadPhone(workflowNumber: number, index: number): string {
  return `+919800${pad(workflowNumber, 2)}${pad(index, 4)}`
}
