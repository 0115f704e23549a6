import type { tiers } from '../people/people.table.js';

/** A person of the demo organization, before it has database ids. */
export type DemoPerson = {
  key: number;
  employeeId: string;
  name: string;
  email: string;
  title: string;
  tier: (typeof tiers)[number];
  department: string;
  managerKey: number | null;
};

type Department = {
  name: string;
  executiveTitle: string;
  areas: string[];
  senior: (area: string) => string;
  middle: (area: string) => string;
  frontline: (area: string) => string;
  individualTitles: string[];
};

const departments: Department[] = [
  {
    name: 'Engineering',
    executiveTitle: 'Chief Technology Officer',
    areas: ['Platform', 'Flight Systems', 'Data'],
    senior: (area) => `Director of ${area} Engineering`,
    middle: (area) => `Engineering Manager, ${area}`,
    frontline: (area) => `Team Lead, ${area}`,
    individualTitles: [
      'Software Engineer',
      'Senior Software Engineer',
      'Staff Engineer',
      'QA Engineer',
      'Site Reliability Engineer',
    ],
  },
  {
    name: 'Operations',
    executiveTitle: 'Chief Operating Officer',
    areas: ['Ground Operations', 'Maintenance', 'Procurement'],
    senior: (area) => `Director of ${area}`,
    middle: (area) => `Senior Manager, ${area}`,
    frontline: (area) => `Shift Supervisor, ${area}`,
    individualTitles: ['Operations Analyst', 'Maintenance Technician', 'Planner', 'Buyer', 'Logistics Coordinator'],
  },
  {
    name: 'Sales',
    executiveTitle: 'Chief Revenue Officer',
    areas: ['Enterprise Sales', 'Partnerships', 'Sales Operations'],
    senior: (area) => `Vice President, ${area}`,
    middle: (area) => `Regional Manager, ${area}`,
    frontline: (area) => `Team Lead, ${area}`,
    individualTitles: [
      'Account Executive',
      'Sales Development Representative',
      'Solutions Consultant',
      'Account Manager',
    ],
  },
  {
    name: 'Finance',
    executiveTitle: 'Chief Financial Officer',
    areas: ['Financial Planning', 'Accounting', 'Treasury'],
    senior: (area) => `Director of ${area}`,
    middle: (area) => `Finance Manager, ${area}`,
    frontline: (area) => `Supervisor, ${area}`,
    individualTitles: ['Financial Analyst', 'Accountant', 'Senior Accountant', 'Payroll Specialist'],
  },
  {
    name: 'Marketing',
    executiveTitle: 'Chief Marketing Officer',
    areas: ['Brand', 'Growth', 'Communications'],
    senior: (area) => `Director of ${area}`,
    middle: (area) => `Marketing Manager, ${area}`,
    frontline: (area) => `Team Lead, ${area}`,
    individualTitles: ['Marketing Specialist', 'Content Strategist', 'Designer', 'Marketing Analyst'],
  },
  {
    name: 'People',
    executiveTitle: 'Chief People Officer',
    areas: ['Learning and Development', 'Talent Acquisition', 'People Partners'],
    senior: (area) => `Director of ${area}`,
    middle: (area) => `Manager, ${area}`,
    frontline: (area) => `Team Lead, ${area}`,
    individualTitles: ['HR Business Partner', 'Recruiter', 'Learning Designer', 'People Analyst'],
  },
  {
    name: 'Customer Success',
    executiveTitle: 'Chief Customer Officer',
    areas: ['Support', 'Onboarding', 'Customer Education'],
    senior: (area) => `Director of ${area}`,
    middle: (area) => `Customer Success Manager, ${area}`,
    frontline: (area) => `Team Lead, ${area}`,
    individualTitles: ['Support Specialist', 'Onboarding Specialist', 'Customer Success Associate', 'Trainer'],
  },
];

const firstNames = [
  'Amara',
  'Ben',
  'Chen',
  'Daniela',
  'Elif',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jamal',
  'Kavya',
  'Liam',
  'Maya',
  'Nikolai',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Samir',
  'Tova',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zara',
  'Aisha',
  'Bruno',
  'Camille',
  'Dmitri',
  'Esther',
  'Felipe',
  'Gabriela',
  'Hannah',
  'Ivan',
  'Julia',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Oscar',
  'Paula',
  'Rahul',
  'Sofia',
  'Tomasz',
  'Valentina',
  'William',
  'Yara',
  'Ahmed',
  'Beatriz',
  'Carlos',
  'Dana',
  'Emeka',
  'Fatima',
  'Gustav',
  'Helena',
];
const lastNames = [
  'Okafor',
  'Nguyen',
  'Schmidt',
  'Garcia',
  'Kowalski',
  'Haddad',
  'Tanaka',
  'Johansson',
  'Patel',
  'Moreau',
  'Silva',
  'Kim',
  'Rossi',
  'Mensah',
  'Cohen',
  'Ivanova',
  'Fernandes',
  'Murphy',
  'Yilmaz',
  'Andersen',
  'Chowdhury',
  'Baptiste',
  'Lindqvist',
  'Adeyemi',
  'Novak',
  'Sato',
  'Hernandez',
  'Dubois',
  'Kaur',
  'Walsh',
  'Costa',
  'Jensen',
  'Popescu',
  'Mwangi',
  'Ramirez',
  'Bauer',
  'Ali',
  'Larsen',
  'Ortiz',
  'Park',
];

/** Deterministic pseudo-random numbers (mulberry32), so the demo is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The demo organization's people: a CEO, seven executives, and below each a pyramid of
 * senior leaders, middle managers, frontline managers and individual contributors.
 * @example generateDemoPeople(200).length === 200
 */
export function generateDemoPeople(total = 200, emailDomain = 'northwind.example', seed = 20_261_123): DemoPerson[] {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const usedNames = new Set<string>();
  const people: DemoPerson[] = [];

  function add(title: string, tier: DemoPerson['tier'], department: string, managerKey: number | null): number {
    let name = `${pick(firstNames)} ${pick(lastNames)}`;
    while (usedNames.has(name)) name = `${pick(firstNames)} ${pick(lastNames)}`;
    usedNames.add(name);
    const key = people.length;
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${emailDomain}`;
    people.push({ key, employeeId: `E${String(1001 + key)}`, name, email, title, tier, department, managerKey });
    return key;
  }

  const ceo = add('Chief Executive Officer', 'executive', 'Executive Office', null);
  const frontlineManagers: { key: number; department: Department }[] = [];
  for (const department of departments) {
    const executive = add(department.executiveTitle, 'executive', department.name, ceo);
    for (const area of department.areas) {
      const senior = add(department.senior(area), 'senior_leader', department.name, executive);
      for (let m = 0; m < 2; m++) {
        const middle = add(department.middle(area), 'middle_manager', department.name, senior);
        const frontline = add(department.frontline(area), 'frontline_manager', department.name, middle);
        frontlineManagers.push({ key: frontline, department });
      }
    }
  }
  // Fill the rest with individual contributors, spread evenly over the frontline teams.
  for (let i = 0; people.length < total; i++) {
    const team = frontlineManagers[i % frontlineManagers.length]!;
    add(pick(team.department.individualTitles), 'individual_contributor', team.department.name, team.key);
  }
  return people.slice(0, total);
}
