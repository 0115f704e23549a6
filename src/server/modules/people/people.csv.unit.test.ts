import { describe, expect, it } from 'vitest';
import { optionalPersonColumns, requiredPersonColumns } from '../../../contract/people-csv.js';
import { createCsvReader } from '../../../domain/csv/csv-reader.js';
import { csvField, csvLine, defuseFormula, personColumns, readHeader, readRecord } from './people.csv.js';

describe('the people CSV columns', () => {
  it('are exactly the contract’s columns, required ones first', () => {
    expect(personColumns.map((column) => column.name)).toEqual([...requiredPersonColumns, ...optionalPersonColumns]);
    expect(personColumns.filter((column) => column.isRequired).map((column) => column.name)).toEqual([
      ...requiredPersonColumns,
    ]);
  });

  it('reads lists, skills, booleans and numbers, naming the column of a bad cell', () => {
    const header = readHeader(['employee_id', 'high_potential', 'skills', 'languages', 'performance_rating']);
    const { values, errors } = readRecord(
      ['E1', 'TRUE', 'Negotiation:4; Python : 2', 'English; ; German', '3'],
      header,
    );
    expect(values).toMatchObject({
      employeeId: 'E1',
      isHighPotential: true,
      skills: [
        { skill: 'Negotiation', level: 4 },
        { skill: 'Python', level: 2 },
      ],
      languages: ['English', 'German'],
      performanceRating: 3,
      developmentGoals: '',
    });
    expect(errors).toEqual([]);
    const bad = readRecord(['E1', 'yes', 'Negotiation', '', 'two'], header);
    expect(bad.errors.map((error) => error.column)).toEqual(['high_potential', 'performance_rating', 'skills']);
  });

  it('quotes fields that need it and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(' padded')).toBe('" padded"');
    expect(defuseFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(defuseFormula('-5 days')).toBe("'-5 days");
    expect(defuseFormula('Plain')).toBe('Plain');
  });

  it('writes a line that reads back to the same values', () => {
    const person = {
      employeeId: 'E7',
      name: '=Chen, Wei',
      email: 'wei@acme.example',
      title: 'Lead',
      tier: 'frontline_manager' as const,
      function: 'Technology',
      department: 'Engineering',
      managerEmployeeId: null,
      location: 'Singapore',
      timeZone: 'Asia/Singapore',
      languages: ['English', 'Mandarin'],
      hireDate: '2020-01-06',
      isHighPotential: true,
      performanceRating: 2,
      potentialRating: null,
      skills: [{ skill: 'decision_making', level: 5 }],
      industries: [],
      yearsOfExperience: 9,
      developmentGoals: 'Lead, with "care"',
      developmentCompetencies: ['coaching_others'],
      status: 'active' as const,
      exitDate: null,
    };
    const header = readHeader(personColumns.map((column) => column.name));
    const [record] = createCsvReader().push(`${csvLine(person)}\n`);
    expect(readRecord(record!.cells, header).values).toEqual(person);
  });
});
