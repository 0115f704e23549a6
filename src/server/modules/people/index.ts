export { insertPeople, type NewPerson, type PersonRow } from './people.repo.js';
export { registerPeopleRoutes } from './people.routes.js';
export { getPersonRow } from './people.service.js';
export { personStatuses, tiers } from './people.table.js';
