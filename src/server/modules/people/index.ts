export { insertPeople, type NewPerson, type PersonRow } from './people.repo.js';
export { tiers } from './people.table.js';
