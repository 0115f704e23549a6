import type { SkillLevel, tiers } from '../people/people.table.js';

/** A person of the demo organization, before it has database ids. */
export type DemoPerson = {
  key: number;
  employeeId: string;
  name: string;
  email: string;
  title: string;
  tier: (typeof tiers)[number];
  function: string;
  department: string;
  managerKey: number | null;
  location: string;
  timeZone: string;
  languages: string[];
  hireDate: string;
  isHighPotential: boolean;
  performanceRating: number;
  potentialRating: number;
  skills: SkillLevel[];
  industries: string[];
  yearsOfExperience: number;
  developmentGoals: string;
  developmentCompetencies: string[];
};

const functionOf: Record<string, string> = {
  'Executive Office': 'General Management',
  Engineering: 'Technology',
  Operations: 'Operations',
  Sales: 'Commercial',
  Finance: 'Finance',
  Marketing: 'Commercial',
  People: 'Human Resources',
  'Customer Success': 'Customer',
};

const offices = [
  { location: 'Seattle', timeZone: 'America/Los_Angeles', languages: ['English'] },
  { location: 'Toronto', timeZone: 'America/Toronto', languages: ['English', 'French'] },
  { location: 'London', timeZone: 'Europe/London', languages: ['English'] },
  { location: 'Berlin', timeZone: 'Europe/Berlin', languages: ['German', 'English'] },
  { location: 'Singapore', timeZone: 'Asia/Singapore', languages: ['English', 'Mandarin'] },
  { location: 'São Paulo', timeZone: 'America/Sao_Paulo', languages: ['Portuguese', 'English'] },
];

const competencyKeys = [
  'communication_active_listening',
  'emotional_intelligence',
  'decision_making',
  'strategic_thinking',
  'coaching_others',
  'executive_presence',
  'conflict_management',
];

const goalTemplates: { text: string; competencies: string[] }[] = [
  {
    text: 'Lead larger cross-functional initiatives with confidence.',
    competencies: ['strategic_thinking', 'executive_presence'],
  },
  {
    text: 'Handle difficult conversations in my team earlier and more calmly.',
    competencies: ['conflict_management', 'emotional_intelligence'],
  },
  { text: 'Grow my direct reports into future managers.', competencies: ['coaching_others'] },
  { text: 'Make faster decisions with incomplete information.', competencies: ['decision_making'] },
  {
    text: 'Present to the executive team without over-preparing.',
    competencies: ['executive_presence', 'communication_active_listening'],
  },
  {
    text: 'Listen more and steer less in one-to-ones.',
    competencies: ['communication_active_listening', 'coaching_others'],
  },
];

const industries = ['Software', 'Logistics', 'Consulting', 'Banking', 'Retail', 'Manufacturing'];

// Years of experience by tier: [fewest, range].
const experienceByTier: Record<DemoPerson['tier'], [number, number]> = {
  executive: [20, 12],
  senior_leader: [14, 10],
  middle_manager: [8, 8],
  frontline_manager: [4, 7],
  individual_contributor: [1, 9],
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
export function seededRandom(seed: number): () => number {
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
    const office = managerKey === null || random() < 0.4 ? offices[0]! : pick(offices);
    const [fewestYears, yearRange] = experienceByTier[tier];
    const yearsOfExperience = fewestYears + Math.floor(random() * yearRange);
    const tenure = Math.min(yearsOfExperience, 1 + Math.floor(random() * 15));
    const hireDate = `${2026 - tenure}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const isHighPotential = tier !== 'executive' && random() < 0.12;
    const goal = tier === 'executive' || random() < 0.35 ? null : pick(goalTemplates);
    const strengths = [pick(competencyKeys), pick(competencyKeys)].filter(
      (skill, index, all) => all.indexOf(skill) === index,
    );
    people.push({
      key,
      employeeId: `E${String(1001 + key)}`,
      name,
      email,
      title,
      tier,
      function: functionOf[department] ?? department,
      department,
      managerKey,
      location: office.location,
      timeZone: office.timeZone,
      languages: office.languages,
      hireDate,
      isHighPotential,
      performanceRating: 1 + Math.floor(random() * 3),
      potentialRating: isHighPotential ? 3 : 1 + Math.floor(random() * 2),
      skills: strengths.map((skill) => ({ skill, level: 2 + Math.floor(random() * 4) })),
      industries: ['Aviation', pick(industries)],
      yearsOfExperience,
      developmentGoals: goal?.text ?? '',
      developmentCompetencies: goal?.competencies ?? [],
    });
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
  // Fill the rest with individual contributors, a team of six at a time: teams large enough for
  // the team pulse to show a score (five responses). Frontline managers left over are still hiring.
  for (let i = 0; people.length < total; i++) {
    const team = frontlineManagers[Math.floor(i / 6) % frontlineManagers.length]!;
    add(pick(team.department.individualTitles), 'individual_contributor', team.department.name, team.key);
  }
  return people.slice(0, total);
}
