// The columns of the people CSV file (import and export). Plain data, no zod, so the web app
// can show them without bundling the schemas.

export const requiredPersonColumns = [
  'employee_id',
  'name',
  'email',
  'title',
  'tier',
  'function',
  'department',
  'manager_employee_id',
  'location',
  'time_zone',
  'hire_date',
  'high_potential',
] as const;

export const optionalPersonColumns = [
  'languages',
  'performance_rating',
  'potential_rating',
  'skills',
  'industries',
  'years_of_experience',
  'development_goals',
  'development_competencies',
  'status',
  'exit_date',
] as const;

export type PersonColumn = (typeof requiredPersonColumns)[number] | (typeof optionalPersonColumns)[number];
