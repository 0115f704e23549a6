export {
  deleteLoginSessionsOfUser,
  findUser,
  findUserAccessByEmail,
  findUserByEmail,
  insertUsers,
  updateUserRow,
  type UserAccess,
  type UserRow,
} from './users.repo.js';
export { registerUserRoutes } from './users.routes.js';
export { createUser, loginBlockedReason, type NewUser } from './users.service.js';
export { hashPassword as hashUserPassword, verifyPassword } from './users.passwords.js';
